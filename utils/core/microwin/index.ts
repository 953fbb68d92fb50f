/**
 * The micro-win check: does a step read like something easy enough not to be resisted,
 * meaningful, specific enough that you know when it is done, and repeatable?
 *
 * The rules are plain word lists and regular expressions (no model, no network), so anyone can
 * read why a step was flagged. They run on the first `MAX_ANALYSED_CHARS` characters, every
 * pattern has bounded repetition, and anything unexpected falls back to "no problems": the check
 * is a gentle suggestion and must never stand between a person and their step.
 */
import { copy } from '../../copy';

/** What kind of problem a step has. */
export type StepProblemKind = 'empty' | 'vague' | 'too-big' | 'all-or-nothing' | 'not-checkable';

/** One problem, with a kind message to show. */
export interface StepProblem {
  kind: StepProblemKind;
  message: string;
}

/** The result of checking a step. `resized` is a smaller or more concrete version, when one is found. */
export interface StepCheck {
  ok: boolean;
  problems: StepProblem[];
  resized?: string;
}

/** Only this much of a step is read; longer text is flagged as too long, never scanned in full. */
export const MAX_ANALYSED_CHARS = 500;

/** A step longer than this many minutes is too big for a heavy day. */
export const MAX_STEP_MINUTES = 15;

/** A step described in more characters than this is usually several steps. */
const TOO_LONG_CHARS = 280;

/** The rules, in words, for docs and help pages. */
export const MICROWIN_RULES: readonly { kind: StepProblemKind; description: string }[] = [
  {
    kind: 'empty',
    description: 'There is nothing to read yet: no letters or numbers.',
  },
  {
    kind: 'vague',
    description:
      'A wish or a feeling with no action in it ("be more social", "feel calmer", "get healthy"), or "more", "less" or "better" with no amount ("exercise more").',
  },
  {
    kind: 'too-big',
    description: `More than ${MAX_STEP_MINUTES} minutes ("an hour", "2 hrs", "half an hour"; a clock time such as "at 1 pm" is a cue, not a length), a whole place or project ("my whole house", "the entire kitchen", "write my thesis", "read a book"), a big count ("50 pages"), or a description long enough to be several steps. A time box of ${MAX_STEP_MINUTES} minutes or less makes a big task fine.`,
  },
  {
    kind: 'all-or-nothing',
    description:
      'Forever words ("always", "never … again", "from now on", "every single day", "perfectly"), or a step that only says what not to do ("stop …", "no more …", "avoid …") with nothing to do instead.',
  },
  {
    kind: 'not-checkable',
    description:
      'No finish line ("work on my fitness", "be better at email", "improve …", "catch up on …", "for a while", "as much as I can"), unless a time or a count says when it is done.',
  },
];

// ---------------------------------------------------------------------------------------------
// Numbers and durations

const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fourty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['a hundred', 100],
  ['one hundred', 100],
  ['half', 0.5],
  ['half an', 0.5],
  ['half a', 0.5],
  ['a half', 0.5],
  ['a couple of', 2],
  ['a couple', 2],
  ['couple of', 2],
  ['a few', 3],
  ['few', 3],
  ['several', 3],
  ['a dozen', 12],
  ['dozen', 12],
]);

const TENS = 'twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';

/** Number words, longest first so "a couple of" wins over "a". */
const NUMBER_WORDS = [...UNITS.keys()].sort((a, b) => b.length - a.length).join('|');

/** A number in digits (1, 1.5, 1,5) or words (twenty-five, half an, a couple of). */
const NUM = `(?:\\d{1,4}(?:[.,]\\d{1,2})?|½|(?:${TENS})[\\s-](?:${ONES})|${NUMBER_WORDS})`;

/** Reads a number matched by `NUM`; unknown text reads as NaN. */
function readNumber(raw: string): number {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '½') return 0.5;
  if (/^\d/.test(text)) return Number(text.replace(',', '.'));
  const compound = /^([a-z]+)[\s-]([a-z]+)$/.exec(text);
  if (compound && !UNITS.has(text)) {
    return (UNITS.get(compound[1]) ?? Number.NaN) + (UNITS.get(compound[2]) ?? Number.NaN);
  }
  return UNITS.get(text) ?? Number.NaN;
}

/**
 * A length of time: "10 minutes", "1.5 hrs", "2h", "twenty-minute", "half an hour",
 * "an hour and a half", "two to three hours". Groups: 1 number, 2 upper number of a range,
 * 3 "and a half" before the unit, 4 the unit, 5 "and a half" after it.
 */
const DURATION_RE = new RegExp(
  `(?<![\\w.,])(${NUM})(?:\\s{0,3}(?:-|to|or)\\s{0,3}(${NUM}))?(\\s{1,3}and\\s{1,3}a\\s{1,3}half|\\s{0,3}½)?[\\s-]{0,3}(hours?|hrs?|h|minutes?|mins?|min)\\b(\\s{1,3}and\\s{1,3}a\\s{1,3}half)?`,
  'gi',
);

/** Quarters of an hour. */
const QUARTER_RE =
  /(?<![\w.])(?:(a|one|three)\s{1,3})?quarters?\s{1,3}(?:of\s{1,3})?an?\s{1,3}hour\b|\bquarter[\s-]hour\b/gi;

/** Open-ended stretches of time: "for hours", "all day", "the whole evening". */
const OPEN_TIME_RE =
  /\b(?:for\s{1,3})?(?:all\s{1,3}(?:day|morning|afternoon|evening|night|weekend)(?:\s{1,3}long)?|(?:the|a)\s{1,3}(?:whole|entire|full)\s{1,3}(?:day|morning|afternoon|evening|night|weekend)|(?:whole|entire)\s{1,3}(?:day|morning|afternoon|evening|night|weekend))\b|\bfor\s{1,3}hours\b/gi;

/** Words just before a length of time that make it a moment, not a length: "in 10 minutes", "every 2 hours". */
const TIMING_BEFORE = /\b(?:in|within|after|every|each|per|before|by|until|till|at|from)\s{1,3}$/i;

/** Words just after a length of time that make it a moment: "30 minutes before bed", "10 minutes earlier". */
const TIMING_AFTER = /^\s{0,3}(?:after|before|later|ago|earlier|into|past|from now|prior)\b/i;

interface Duration {
  minutes: number;
  index: number;
  text: string;
}

/** Every length of time in a text, in minutes. Clock times never match (they have no unit). */
function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  // "a quarter of an hour" holds "an hour": read quarters first, then blank them out.
  const masked = text.replace(QUARTER_RE, (m) => ' '.repeat(m.length));
  for (const m of masked.matchAll(DURATION_RE)) {
    const index = m.index ?? 0;
    const before = masked.slice(Math.max(0, index - 12), index);
    const after = masked.slice(index + m[0].length, index + m[0].length + 14);
    if (TIMING_BEFORE.test(before) && !/\bfor\s{1,3}$/i.test(before)) continue;
    if (TIMING_AFTER.test(after) && !/\bfor\s{1,3}$/i.test(before)) continue;
    const low = readNumber(m[1]);
    const high = m[2] ? readNumber(m[2]) : low;
    let amount = Math.max(low, high);
    if (!Number.isFinite(amount)) continue;
    if (m[3] || m[5]) amount += 0.5;
    const perHour = /^h/i.test(m[4]) ? 60 : 1;
    found.push({ minutes: amount * perHour, index, text: m[0] });
  }
  for (const m of text.matchAll(QUARTER_RE)) {
    found.push({
      minutes: m[1]?.toLowerCase() === 'three' ? 45 : 15,
      index: m.index ?? 0,
      text: m[0],
    });
  }
  for (const m of text.matchAll(OPEN_TIME_RE)) {
    found.push({ minutes: 240, index: m.index ?? 0, text: m[0] });
  }
  return found;
}

/** A smaller length of time for one that is too long: an hour becomes ten minutes, less becomes five. */
function shrinkDurations(text: string): string {
  const quarters: string[] = [];
  const masked = text.replace(QUARTER_RE, (m) => {
    quarters.push(/three/i.test(m) ? 'five minutes' : m);
    return `\uE000${quarters.length - 1}\uE000`;
  });
  const lengths = findDurations(masked);
  return masked
    .replace(DURATION_RE, (match: string, ...rest: unknown[]) => {
      const index = rest[rest.length - 2] as number;
      const found = lengths.find((d) => d.index === index && d.text === match);
      if (!found || found.minutes <= MAX_STEP_MINUTES) return match;
      const hyphenated = /\d-|[a-z]-(?:hour|hr|min)/i.test(match) && !/s$/i.test(match);
      const size = found.minutes >= 60 ? 'ten' : 'five';
      return hyphenated ? `${size}-minute` : `${size} minutes`;
    })
    .replace(OPEN_TIME_RE, 'for ten minutes')
    .replace(/\uE000(\d+)\uE000/g, (_m, i: string) => quarters[Number(i)] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Clock times (cues, not lengths) and finish lines

/** "1 pm", "11 a.m.", "13:00", "noon": a moment in the day. */
const CLOCK_RE =
  /\b\d{1,2}:\d{2}\b(?:\s{0,2}(?:[ap]\.?\s?m\b\.?))?|\b\d{1,2}(?:\.\d{2})?\s{0,2}[ap]\.?\s?m\b\.?|\b(?:noon|midday|midnight|o'clock)\b/gi;

/** A count that tells you when you are done: "one email", "3 pages", "a single line". */
const COUNT_RE =
  /\b(?:one|a single|two|three|four|five|six|seven|eight|nine|ten|twenty|a couple of|first|once|twice|\d+)\b/i;

// ---------------------------------------------------------------------------------------------
// Action verbs: what a concrete step is made of

const ACTION_VERBS: ReadonlySet<string> = new Set(
  `walk text call phone ring message email write read drink eat stretch breathe take put go open
  reply send make cook wash fill tidy clean sit stand step list jot note draw sketch paint play sing
  dance listen look water feed pet hug thank ask say tell smile wave brush floss shower bathe dress
  lay set pack prepare meditate journal pray run jog cycle bike ride swim lift pick clear wipe sweep
  vacuum hoover fold hang empty load unload throw recycle file pay book schedule visit meet invite
  share post turn switch close shut light press plant chop cut bake boil roll tap hum whistle
  name count notice sip chew rinse change charge plug unplug leave lie nap rest get grab bring carry
  move dust mop scrub sort organise organize answer check add buy order return hold kiss greet`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a word is a concrete action verb, in any simple form ("walking", "texts", "stopped"). */
function isAction(word: string): boolean {
  const w = word.toLowerCase();
  if (ACTION_VERBS.has(w)) return true;
  const stems: string[] = [];
  if (w.endsWith('ing')) {
    const base = w.slice(0, -3);
    stems.push(base, `${base}e`, base.slice(0, -1));
  }
  if (w.endsWith('es')) stems.push(w.slice(0, -2));
  if (w.endsWith('s')) stems.push(w.slice(0, -1));
  return stems.some((s) => ACTION_VERBS.has(s));
}

/** Whether, after a joining word ("by", "and", "then", "instead"), the text names a concrete action. */
function hasFollowUpAction(text: string): boolean {
  const m = /\b(?:by|and|then|through|instead)\b|[,;:—]|\s-\s/i.exec(text);
  if (!m) return false;
  const rest = text.slice((m.index ?? 0) + m[0].length);
  return rest.split(/[^a-z']+/i).some((w) => w !== '' && isAction(w));
}

// ---------------------------------------------------------------------------------------------
// Reading the step out of a sentence

/** "I will", "I'll", "I'm going to" …: the step follows. */
const INTENT_STRONG =
  /\b(?:i|we)\s{0,2}(?:'ll|'m going to|'m gonna|m going to|am going to|am gonna|are going to|will|shall)\b\s*/gi;
const INTENT_WEAK =
  /\b(?:i|we)\s{0,2}(?:want to|wanna|would like to|'d like to|plan to|intend to|aim to|promise to|commit to|need to|have to|must|should|hope to|'m to|am to|try to)\b\s*/i;

const LEADING_FILLER =
  /^(?:(?:and|so|ok|okay|then|maybe|just|really|actually|definitely|finally|also|try to|try and|at least|to|today|tomorrow|(?:my |the )?(?:goal|plan|aim|intention|commitment)(?: is(?: to)?|:))\b[\s,:]*){1,6}/i;

const LEADING_CUE =
  /^(?:when|whenever|after|before|once|as soon as|every time|each time|if|on|at|in the|first thing|every|each|during|while)\b[^,]{0,100},\s*/i;

/** The step part of a sentence, without "I will", a leading cue clause, or a purpose clause. */
function stepCore(all: string): string {
  let core = all;
  let last: RegExpExecArray | null = null;
  for (const m of core.matchAll(INTENT_STRONG)) last = m as RegExpExecArray;
  if (last) {
    core = core.slice((last.index ?? 0) + last[0].length);
  } else {
    const weak = INTENT_WEAK.exec(core);
    if (weak) core = core.slice(weak.index + weak[0].length);
    else core = core.replace(LEADING_CUE, '');
  }
  core = core.replace(/^[\s,.:;!-]+/, '').replace(LEADING_FILLER, '');
  core = core.replace(/\s(?:so that|so i can|so i|in order to|because)\b.*$/, '');
  return core.replace(/[\s.!?,;:]+$/, '').trim();
}

/** Single spaces, first `MAX_ANALYSED_CHARS` characters, lower case, straight quotes. */
function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ANALYSED_CHARS)
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// The rules

/** A wish or feeling: "be more social", "feel calmer", "become a runner". */
const BE_FEEL_RE = /^(?:be|being|become|becoming|stay|staying|feel|feeling|look|seem)\b\s*(.*)$/;
const WISH_ADJECTIVE =
  /^(?:more|less|much|a lot|a bit|way|so|very|really|truly|generally|the best|a (?:better|good|nicer|kinder|happier|healthier|more \w+) \w+|an? (?:active|positive|organised|organized) \w+|better(?!\s+at\b)|\w+ier\b|(?:happy|healthy|calm|calmer|fit|fitter|strong|stronger|productive|positive|organi[sz]ed|social|present|patient|confident|mindful|grateful|disciplined|motivated|focused|consistent|kind|kinder|nice|nicer|good|best|brave|braver|thin|thinner|slim|slimmer|skinny|relaxed|active|outgoing|independent|responsible|successful|perfect|okay|ok|fine|normal|myself|grounded|cent(?:er|re)d|balanced|hopeful|optimistic|energetic|efficient|hydrated|tidy|neat|gentle|gentler|softer|open|honest|assertive|authentic|resilient|content|at peace|there for|on top of|in control|less \w+|more \w+)\b)/;
const GET_WISH_RE =
  /^(?:get|getting)\s(?:healthy|healthier|fit|fitter|in shape|into shape|better(?!\s+at\b)|organi[sz]ed|my life together|my act together|my shit together|myself together|happier|stronger|thinner|slimmer|motivated|more\b|less\b|back on track|on track|well|my life back|my life in order|things done|stuff done|sorted|on top of things|unstuck|going|healthier|a life)\b/;
const HAVE_WISH_RE =
  /^(?:have|having)\s(?:more|less|better|a better|a good|a healthier|a happier|a nicer|fun|a life|energy|a healthy|a balanced|balance|peace)\b/;
const OTHER_WISH_RE =
  /^(?:enjoy (?:life|my life|things)|love myself|accept myself|take (?:better |more |good )?care of (?:myself|me|my (?:health|body|mind|mental health))|look after (?:myself|me|my (?:health|body|mind))|relax(?: more)?$|worry less|stress less|overthink less|live (?:better|healthier|well|more|a better life|a healthy life|a healthier life|healthy)|find (?:peace|balance|happiness|motivation|myself|my purpose|meaning|inner peace|the time|time)|make (?:more |new )?friends|change my life|fix my life|sort (?:my life|myself) out|do (?:better|more|my best|something|stuff|things|good|well)|try (?:harder|my best|more)|self[\s-]?care|practi[cs]e self[\s-]?care|work harder|grow as a person|heal|move on|let go|lose weight|socialise|socialize)\b/;

/** A value or a topic with no action at all: "health", "fitness". */
const BARE_TOPIC_RE =
  /^(?:health|fitness|happiness|wellness|well-?being|productivity|motivation|confidence|calm|peace|balance|growth|connection|creativity|discipline|self-?care|mindfulness|love|money|career|family|friends|friendship|kindness|learning|play|fun|energy|purpose|meaning|success|organi[sz]ation|exercise|diet|sleep|work|school|study|life|weight|something|anything|stuff|things|better|more|less|good|well|progress)$/;

/** "More", "less", "better" with no amount to know when it is done. */
const COMPARATIVE_RE =
  /\b(?:more(?!\s+than\b)|less|fewer|better(?!\s+at\b)|healthier|earlier|harder|longer|stronger|faster|regularly|consistently|properly|frequently|a lot|lots)\b/;
/** "Eat healthy", "sleep well", "exercise regularly". */
const MANNER_RE =
  /\b(?:eat|eating|live|living|cook|cooking|sleep|sleeping|exercise|exercising|train|training|study|studying|behave|dress|act)\s(?:healthy|healthily|healthier|well|right|clean|properly|regularly|consistently|good|a lot|more|less|better)\b/;

/** Whole places and projects. */
const WHOLE_RE =
  /\b(my|the|our|this|that|his|her|their|your)\s{1,3}(whole|entire|complete)\s{1,3}([a-z]+)(?:\s{1,3}(room|table|cupboard))?\b/gi;
const WHOLE_EXEMPT =
  /^(?:day|morning|afternoon|evening|night|week|weekend|month|year|time|hour|body|way|self|family|team|class|song|glass|bottle|cup|mug|apple|banana|orange|sandwich|meal|breath|thing)$/;
const EVERYTHING_RE = /\beverything\b/gi;
const ALL_THE_RE = /\ball\s{1,3}(?:of\s{1,3})?(my|the|our|those|these|your)\s{1,3}([a-z]+)\b/gi;
const ALL_THE_EXEMPT =
  /^(?:time|day|days|morning|evening|night|week|weekend|way|same|more|best|things? i love)$/;
const CHORE_MASS =
  /^(?:laundry|washing|ironing|housework|homework|paperwork|admin|mail|post|cleaning|tidying|clutter|mess|junk|stuff|dishes|chores)$/;
const EVERY_THING_RE =
  /\bevery\s{1,3}(room|email|e-mail|message|drawer|cupboard|shelf|dish|plate|bill|file|document|item|thing|piece|corner|book|chapter|task|job|chore|window|surface|page)\b/gi;
const HOUSE_RE =
  /\b(clean|tidy|declutter|organi[sz]e|reorgani[sz]e|sort|sort out|deep[\s-]?clean|scrub|paint|redo|renovate|clear out|clear)\s{1,3}(?:up\s{1,3}|out\s{1,3})?(the|my|our)\s{1,3}(house|home|flat|apartment|place|garage|basement|attic|loft|shed|garden|yard)\b/gi;
const WRITING_NOUNS =
  'thesis|dissertation|novel|book|memoir|essay|paper|report|manuscript|chapter|proposal|grant|resume|résumé|cv|business plan';
const PROJECT_NOUNS = `${WRITING_NOUNS}|taxes|tax return|project|assignment|portfolio|website|app|presentation|album|course|business|wedding`;
const PROJECT_RE = new RegExp(
  `\\b(write|finish|complete|do|start|draft|edit|revise|redo|rewrite|plan|build|make|create)\\s{1,3}(a|an|my|the|this|that|our)\\s{1,3}(?:(?:new|whole|entire|first|next)\\s{1,3})?(${PROJECT_NOUNS})\\b`,
  'gi',
);
const READ_BOOK_RE =
  /\bread\s{1,3}(a|an|my|the|this|that|one)\s{1,3}(?:(?:whole|entire|new)\s{1,3})?(book|novel|textbook)\b/gi;
const BIG_GOAL_RE =
  /\b(run a (?:half[\s-])?marathon|find a (?:new )?job|get a (?:new |better )?job|find a (?:new )?(?:partner|girlfriend|boyfriend|flat|apartment|house)|start a business|move house|get a degree|finish (?:school|college|university|uni)|learn (?:to code|how to \w+|to \w+|a (?:new )?language|an instrument|spanish|french|german|italian|japanese|chinese|mandarin|korean|arabic|portuguese|russian|english|piano|guitar|violin|drums|programming|coding|python|javascript)|lose \d+\s?(?:pounds|lbs|kg|kilos|stone))\b/gi;

/** Big counts, with the most a heavy day asks for and a smaller amount to offer instead. */
const COUNT_LIMITS: readonly { unit: RegExp; max: number; smaller: string }[] = [
  { unit: /^pages?$/, max: 10, smaller: 'one page' },
  { unit: /^(?:push|press)[\s-]?ups?$/, max: 20, smaller: 'five push-ups' },
  { unit: /^sit[\s-]?ups?$/, max: 20, smaller: 'five sit-ups' },
  { unit: /^squats?$/, max: 20, smaller: 'five squats' },
  { unit: /^reps?$/, max: 20, smaller: 'five reps' },
  { unit: /^burpees?$/, max: 10, smaller: 'three burpees' },
  { unit: /^words?$/, max: 500, smaller: 'fifty words' },
  { unit: /^steps?$/, max: 3000, smaller: 'a thousand steps' },
  { unit: /^(?:km|kms|kilomet(?:er|re)s?)$/, max: 3, smaller: 'one kilometre' },
  { unit: /^miles?$/, max: 2, smaller: 'one mile' },
  { unit: /^laps?$/, max: 10, smaller: 'two laps' },
];
const BIG_COUNT_RE = new RegExp(
  `(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d{1,6}(?:\\.\\d{1,2})?k?|(?:${TENS})[\\s-](?:${ONES})|${NUMBER_WORDS})(?:[\\s-]{1,3}(hundred|thousand))?[\\s-]{0,3}(pages?|(?:push|press)[\\s-]?ups?|sit[\\s-]?ups?|squats?|reps?|burpees?|words?|steps?|km|kms|kilomet(?:er|re)s?|miles?|laps?)\\b`,
  'gi',
);

/** The size of a count matched by `BIG_COUNT_RE`. */
function readCount(num: string, scale: string | undefined): number {
  const k = /k$/i.test(num);
  const base = readNumber(num.replace(/,(?=\d{3})/g, '').replace(/k$/i, ''));
  const times =
    scale?.toLowerCase() === 'thousand' ? 1000 : scale?.toLowerCase() === 'hundred' ? 100 : 1;
  return base * times * (k ? 1000 : 1);
}

/** Forever words. */
const FOREVER_RE =
  /\b(?:always|never|forever|for ever|from now on|no matter what|without fail|without exception|at all times|all the time|each and every|every single|ever again|any ?more|no excuses|perfect|perfectly|flawless(?:ly)?|100 percent|a hundred percent|constantly|non[\s-]?stop|cold turkey|every waking)\b|\b100\s?%/;
/** A step that only says what not to do. */
const STOP_RE =
  /^(?:(?:i|we)\s)?(?:stop|stopping|quit|quitting|give up|giving up|cut out|cut back on|cut down on|cut down|avoid|avoiding|don't|dont|do not|won't|wont|will not|not|no|no more|never|refrain from|stay off|stay away from|keep away from|keep off|resist|abstain from|ban|eliminate|no longer)\b/;
const STOP_ANYWHERE_RE = /\b(?:stop|quit) being\b|\bno more\b/;
const STOP_EXEMPT_RE = /^(?:stop|pause)\s(?:and|to|by|at|for)\b|\binstead\b|\breplace\b|\bswap\b/;

/** No finish line. */
const OPEN_ENDED_RE =
  /\b(?:work(?:ing)? on|be better at|get better at|become better at|focus on|keep up with|stay on top of|get on top of|be on top of|deal with|think about|look into|make progress|catch up on|catch up with|figure out|sort out|get around to|improve|improving|spend (?:more|less) time|as much as (?:i can|possible|i like)|as often as (?:i can|possible)|more often|whenever i can|when i can|for a while|for a bit|for some time|for as long as (?:i can|possible)|keep (?:going|at it|working)|continue|be consistent|practi[cs]e|practi[cs]ing|get into|get back into|engage with)\b/;
/** Open-ended phrases that a time box fixes, so "for five minutes" can be added. */
const APPENDABLE_RE =
  /\b(?:work(?:ing)? on|focus on|practi[cs]e|practi[cs]ing|catch up on|look into|think about|deal with|keep up with|sort out)\b/;

// ---------------------------------------------------------------------------------------------
// Concrete suggestions for wishes, by topic. Topics that touch health conditions, weight or harm
// get no suggestion: those belong with the person and their clinician, not a word list.

const SENSITIVE_RE =
  /\b(?:smok\w*|vap(?:e|ing)|cigarettes?|alcohol|booze|drugs?|weigh\w*|pounds|lbs|kg|kilos|calories|diet\w*|self[\s-]?harm|harm\w*|hurt\w*|kill\w*|suicid\w*|die|dying|dead|medication|meds|pills?)\b/;

/** `instead`: the step also works as something to do in place of a habit the person wants less of. */
const TOPICS: readonly { match: RegExp; step: string; instead?: boolean }[] = [
  {
    match:
      /\b(?:phone|scroll\w*|screen|social media|instagram|tiktok|youtube|netflix|doomscroll\w*)\b/,
    step: 'Put my phone in another room for ten minutes',
    instead: true,
  },
  { match: /\b(?:e-?mails?|inbox)\b/, step: 'Reply to one email' },
  {
    match: /\b(?:social|friends?|lonely|connect\w*|people|sociali[sz]e)\b/,
    step: 'Text one friend',
  },
  {
    match:
      /\b(?:calm|calmer|relax\w*|anxious|anxiety|stress\w*|worry|worries|peace|overthink\w*)\b/,
    step: 'Take three slow breaths',
    instead: true,
  },
  { match: /\b(?:water|hydrat\w*)\b/, step: 'Drink a glass of water' },
  {
    match: /\b(?:eat|eating|food|junk|sugar|snack\w*|meals?|fruit|veg\w*)\b/,
    step: 'Eat one piece of fruit',
    instead: true,
  },
  {
    match: /\b(?:sleep\w*|bed|bedtime|tired)\b/,
    step: 'Put my phone on the charger at bedtime',
    instead: true,
  },
  {
    match:
      /\b(?:fit|fitter|fitness|exercis\w*|shape|active|move|moving|workouts?|gym|run|running|walk\w*|marathon)\b/,
    step: 'Walk for five minutes',
    instead: true,
  },
  { match: /\b(?:read|reading|books?)\b/, step: 'Read one page' },
  { match: /\b(?:write|writing|journal\w*)\b/, step: 'Write one sentence' },
  {
    match: /\b(?:tidy|tidier|organi[sz]\w*|clutter\w*|mess\w*|clean\w*|house|home)\b/,
    step: 'Put away one thing',
  },
  { match: /\b(?:creative|creativity|art|draw\w*|paint\w*|music)\b/, step: 'Draw for two minutes' },
  {
    match: /\b(?:kind|kinder|kindness|nice|nicer|patient|gentle)\b/,
    step: 'Say one kind thing to someone',
  },
  {
    match: /\b(?:grateful|gratitude|thankful|positive|optimistic|happ(?:y|ier|iness))\b/,
    step: 'Write down one good thing from today',
  },
  {
    match:
      /\b(?:procrastinat\w*|productive|productivity|lazy|motivat\w*|disciplined?|focus\w*|work|study|studying|homework|job)\b/,
    step: 'Start one task for two minutes',
    instead: true,
  },
  {
    match: /\b(?:healthy|healthier|health|self[\s-]?care|myself)\b/,
    step: 'Drink a glass of water',
  },
];

// ---------------------------------------------------------------------------------------------
// The check

interface Finding {
  kind: StepProblemKind;
  message: string;
}

interface Analysis {
  findings: Finding[];
  tooLong: boolean;
}

/** Runs the rules on a normalised text. Returns at most one finding per kind, in a fixed order. */
function analyse(text: string, rawLength: number): Analysis {
  const all = normalise(text);
  if (!/[\p{L}\p{N}]/u.test(all))
    return { findings: [{ kind: 'empty', message: copy.microwin.empty }], tooLong: false };
  const core = stepCore(all);
  if (!/[\p{L}\p{N}]/u.test(core))
    return { findings: [{ kind: 'empty', message: copy.microwin.empty }], tooLong: false };

  const hasClock = regexHas(CLOCK_RE, all);
  const unclocked = all.replace(CLOCK_RE, ' ');
  const durations = findDurations(unclocked);
  const longest = durations.reduce((max, d) => Math.max(max, d.minutes), 0);
  const timeBoxed = durations.length > 0 && longest <= MAX_STEP_MINUTES;
  const hasFinish = durations.length > 0 || COUNT_RE.test(unclocked);
  const followUp = hasFollowUpAction(core);
  const found = new Map<StepProblemKind, string>();
  const add = (kind: StepProblemKind, message: string) => {
    if (!found.has(kind)) found.set(kind, message);
  };

  // Vague: a wish or a feeling, not an action.
  const beFeel = BE_FEEL_RE.exec(core);
  const wish =
    (beFeel !== null &&
      (/^(?:feel|feeling|become|becoming)$/.test(core.split(' ')[0]) ||
        WISH_ADJECTIVE.test(beFeel[1]))) ||
    GET_WISH_RE.test(core) ||
    HAVE_WISH_RE.test(core) ||
    OTHER_WISH_RE.test(core);
  if (wish && !followUp && !timeBoxed) add('vague', copy.microwin.vague);
  if (BARE_TOPIC_RE.test(core)) add('vague', copy.microwin.vague);
  if ((COMPARATIVE_RE.test(core) || MANNER_RE.test(core)) && !hasFinish && !hasClock) {
    add('vague', copy.microwin.vague);
  }

  // Too big: long, a whole place or project, a big count, or a wall of text.
  const tooLong = rawLength > TOO_LONG_CHARS;
  if (longest > MAX_STEP_MINUTES) add('too-big', copy.microwin.tooBigTime);
  if (!timeBoxed) {
    const whole = [...unclocked.matchAll(WHOLE_RE)].some((m) => !WHOLE_EXEMPT.test(m[3]));
    const allThe = [...unclocked.matchAll(ALL_THE_RE)].some(
      (m) => !ALL_THE_EXEMPT.test(m[2]) && (/[^s]s$/.test(m[2]) || CHORE_MASS.test(m[2])),
    );
    const scope =
      whole ||
      allThe ||
      regexHas(EVERYTHING_RE, unclocked) ||
      regexHas(EVERY_THING_RE, unclocked) ||
      regexHas(HOUSE_RE, unclocked) ||
      regexHas(PROJECT_RE, unclocked) ||
      regexHas(READ_BOOK_RE, unclocked) ||
      regexHas(BIG_GOAL_RE, unclocked);
    if (scope) add('too-big', copy.microwin.tooBigScope);
  }
  for (const m of unclocked.matchAll(BIG_COUNT_RE)) {
    const limit = COUNT_LIMITS.find((l) => l.unit.test(m[3].toLowerCase()));
    if (limit && readCount(m[1], m[2]) > limit.max) add('too-big', copy.microwin.tooBigScope);
  }
  if (tooLong) add('too-big', copy.microwin.tooLong);

  // All or nothing: forever words, or only a "don't" with nothing to do instead.
  if (FOREVER_RE.test(all)) add('all-or-nothing', copy.microwin.allOrNothing);
  const stopOnly =
    (STOP_RE.test(core) || STOP_ANYWHERE_RE.test(core)) &&
    !STOP_EXEMPT_RE.test(core) &&
    !followUp &&
    !(hasClock && /^(?:stop|quit)\b/.test(core));
  if (stopOnly) add('all-or-nothing', copy.microwin.stopInstead);

  // Not checkable: no finish line.
  if (OPEN_ENDED_RE.test(core) && !hasFinish) add('not-checkable', copy.microwin.notCheckable);

  const order: StepProblemKind[] = ['empty', 'vague', 'too-big', 'all-or-nothing', 'not-checkable'];
  return {
    findings: order
      .filter((k) => found.has(k))
      .map((kind) => ({ kind, message: found.get(kind) ?? '' })),
    tooLong,
  };
}

/** `test` for a global regex without leaking `lastIndex` between calls. */
function regexHas(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

/** A plain singular for "all my emails" → "email"; undefined when unsure. */
function singular(noun: string): string | undefined {
  const n = noun.toLowerCase();
  const mass: Record<string, string> = {
    laundry: 'one load of laundry',
    washing: 'one load of washing',
    clothes: 'one piece of clothing',
    homework: 'one homework question',
    paperwork: 'one piece of paperwork',
    admin: 'one small admin task',
    mail: 'one letter',
    post: 'one letter',
    stuff: 'one thing',
    junk: 'one thing',
    clutter: 'one thing',
    chores: 'one chore',
    dishes: 'one dish',
  };
  if (Object.hasOwn(mass, n)) return mass[n];
  if (/ies$/.test(n)) return `one ${n.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(n)) return `one ${n.slice(0, -2)}`;
  if (/[^su]s$/.test(n)) return `one ${n.slice(0, -1)}`;
  return undefined;
}

/** The small part to offer for a whole place: one drawer, one counter, one shelf. */
function smallPartOf(det: string, noun: string): string | undefined {
  const d = det.toLowerCase() === 'the' ? 'the' : det.toLowerCase();
  switch (noun.toLowerCase()) {
    case 'house':
    case 'home':
    case 'flat':
    case 'apartment':
    case 'place':
      return 'one drawer';
    case 'kitchen':
      return 'one counter';
    case 'bathroom':
      return 'the sink';
    case 'room':
    case 'bedroom':
    case 'office':
    case 'lounge':
      return `one corner of ${d} ${noun}`;
    case 'garage':
    case 'basement':
    case 'attic':
    case 'loft':
    case 'shed':
    case 'closet':
    case 'wardrobe':
    case 'fridge':
    case 'cupboard':
    case 'bookshelf':
      return `one shelf of ${d} ${noun}`;
    case 'desk':
      return `one corner of ${d} desk`;
    case 'garden':
    case 'yard':
      return `one small patch of ${d} ${noun}`;
    case 'inbox':
    case 'email':
    case 'emails':
      return 'one email';
    case 'book':
    case 'novel':
    case 'textbook':
      return `one page of ${d} ${noun}`;
    default:
      return undefined;
  }
}

/** Offers the first small piece of a whole place or project. */
function shrinkScope(text: string): string {
  return text
    .replace(READ_BOOK_RE, (_m, det: string) =>
      /^(?:a|an|one)$/i.test(det) ? 'read one page' : `read one page of ${det.toLowerCase()} book`,
    )
    .replace(PROJECT_RE, (m, verb: string, det: string, noun: string) => {
      const mine = /^(?:a|an)$/i.test(det) ? '' : ` of ${det.toLowerCase()} ${noun}`;
      if (new RegExp(`^(?:${WRITING_NOUNS})$`, 'i').test(noun)) {
        if (/^(?:write|draft|rewrite)$/i.test(verb)) return `write one sentence${mine}`;
        if (/^(?:edit|revise)$/i.test(verb)) return `edit one paragraph${mine}`;
      }
      return /^(?:a|an)$/i.test(det) ? m : `spend five minutes on ${det.toLowerCase()} ${noun}`;
    })
    .replace(HOUSE_RE, (m, verb: string, det: string, noun: string) => {
      const part = smallPartOf(det, noun);
      return part ? `${verb} ${part}` : m;
    })
    .replace(WHOLE_RE, (m, det: string, _w: string, noun: string, room: string | undefined) => {
      if (WHOLE_EXEMPT.test(noun.toLowerCase())) return m;
      return smallPartOf(det, room ? `${noun} ${room}` : noun) ?? smallPartOf(det, noun) ?? m;
    })
    .replace(ALL_THE_RE, (m, _det: string, noun: string) =>
      ALL_THE_EXEMPT.test(noun.toLowerCase()) ? m : (singular(noun) ?? m),
    )
    .replace(EVERY_THING_RE, (_m, noun: string) => `one ${noun.toLowerCase()}`)
    .replace(EVERYTHING_RE, 'one thing')
    .replace(BIG_GOAL_RE, (m) => {
      const low = m.toLowerCase();
      if (low.includes('marathon')) return 'put on my running shoes';
      if (/job/.test(low)) return 'look at one job posting';
      if (low.startsWith('start a business')) return 'write down one business idea';
      const learn = /^learn\s+(?:(?:how\s+)?to\s+)?(.+)$/i.exec(m);
      if (learn)
        return `spend five minutes learning ${/^learn\s+(?:how\s+)?to\s/i.test(m) ? 'to ' : ''}${learn[1]}`;
      return m;
    })
    .replace(BIG_COUNT_RE, (m, num: string, scale: string | undefined, unit: string) => {
      const limit = COUNT_LIMITS.find((l) => l.unit.test(unit.toLowerCase()));
      return limit && readCount(num, scale) > limit.max ? limit.smaller : m;
    });
}

/** Drops forever words that can simply go: "always", "from now on", "every single" → "every". */
function dropForever(text: string): string {
  return text
    .replace(/\bevery\s+single\b/gi, 'every')
    .replace(
      /\b(?:always|from now on|no matter what|without fail|without exception|forever|at all times|perfectly|100\s?%)\b,?/gi,
      '',
    );
}

/** Tidies spaces and stray commas left by the edits. */
function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .replace(/,(\s*[.!?]?)$/, '$1')
    .trim();
}

/** Adds a time box to an open-ended step: "work on my fitness" → "… for five minutes". */
function addTimeBox(text: string): string {
  const m = /^(.*?)([.!]*)$/s.exec(text);
  if (!m) return text;
  return `${m[1].replace(/\s+$/, '')} for five minutes${m[2]}`;
}

/** Whether a version passes every rule. */
function passes(text: string): boolean {
  return analyse(text, text.length).findings.length === 0;
}

/** A smaller or more concrete version of a step, when the rules can find one that passes. */
function resize(text: string, findings: Finding[]): string | undefined {
  const all = normalise(text);
  const kinds = new Set(findings.map((f) => f.kind));
  if (kinds.has('empty')) return undefined;
  if (SENSITIVE_RE.test(all)) return undefined;

  let edited = tidy(shrinkScope(shrinkDurations(dropForever(text))));
  edited = edited.replace(/\bfor\s+(?:a while|a bit|some time)\b/gi, 'for five minutes');
  if (
    kinds.has('not-checkable') &&
    APPENDABLE_RE.test(normalise(edited)) &&
    findDurations(edited).length === 0
  ) {
    edited = addTimeBox(edited);
  }
  edited = tidy(edited);
  if (normalise(edited) !== all && /[\p{L}]/u.test(edited) && passes(edited)) return edited;

  // For a "don't", only offer steps that make sense in its place.
  const stopOnly = findings.every(
    (f) => f.kind === 'all-or-nothing' && f.message === copy.microwin.stopInstead,
  );
  const topic = TOPICS.find((t) => t.match.test(all) && (!stopOnly || t.instead));
  if (topic && normalise(topic.step) !== all && passes(topic.step)) return topic.step;
  return undefined;
}

/**
 * Checks whether a step reads like a good micro-win, and offers a resized version when it can.
 * Never throws: any input, of any length, gets a result.
 */
export function checkStep(text: string): StepCheck {
  try {
    const raw = typeof text === 'string' ? text : String(text ?? '');
    const { findings, tooLong } = analyse(raw, raw.trim().length);
    const problems: StepProblem[] = findings.map((f) => ({ kind: f.kind, message: f.message }));
    if (problems.length === 0) return { ok: true, problems };
    const resized = tooLong ? undefined : resize(raw.trim(), findings);
    return resized === undefined ? { ok: false, problems } : { ok: false, problems, resized };
  } catch {
    // A gentle check must never block a step; if a rule ever breaks, say nothing.
    return { ok: true, problems: [] };
  }
}
