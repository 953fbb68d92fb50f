/**
 * The English patterns behind the rules: wishes, whole places and projects, big counts, forever words,
 * "stop" with nothing instead, and steps with no finish line. Every repetition is bounded.
 */
import type { MicrowinLanguageData, Rewrite, SmallerGoal } from '@/utils/core/microwin/language';
import { NUMBER_WORDS, ONES, TENS } from './numbers';
import { words } from './words';

/** A wish or feeling: "be more social", "feel calmer", "become a runner". */
export const BE_FEEL_RE =
  /^(?:be|being|become|becoming|stay|staying|feel|feeling|look|seem)\b\s*(.*)$/;
export const WISH_ADJECTIVE =
  /^(?:more|less|much|a lot|a bit|way|so|very|really|truly|generally|the best|a (?:better|good|nicer|kinder|happier|healthier|more \w+) \w+|an? (?:active|positive|organised|organized) \w+|better(?!\s+at\b)|\w+ier\b|(?:happy|healthy|calm|calmer|fit|fitter|strong|stronger|productive|positive|organi[sz]ed|social|present|patient|confident|mindful|grateful|disciplined|motivated|focused|consistent|kind|kinder|nice|nicer|good|best|brave|braver|thin|thinner|slim|slimmer|skinny|relaxed|active|outgoing|independent|responsible|successful|perfect|okay|ok|fine|normal|myself|grounded|cent(?:er|re)d|balanced|hopeful|optimistic|energetic|efficient|hydrated|tidy|neat|gentle|gentler|softer|open|honest|assertive|authentic|resilient|content|at peace|there for|on top of|in control|less \w+|more \w+)\b)/;
export const GET_WISH_RE =
  /^(?:get|getting)\s(?:healthy|healthier|fit|fitter|in shape|into shape|better(?!\s+at\b)|organi[sz]ed|my life together|my act together|my shit together|myself together|happier|stronger|thinner|slimmer|motivated|more\b|less\b|back on track|on track|well|my life back|my life in order|things done|stuff done|sorted|on top of things|unstuck|going|healthier|a life)\b/;
export const HAVE_WISH_RE =
  /^(?:have|having)\s(?:more|less|better|a better|a good|a healthier|a happier|a nicer|fun|a life|energy|a healthy|a balanced|balance|peace)\b/;
export const OTHER_WISH_RE =
  /^(?:enjoy (?:life|my life|things)|love myself|accept myself|take (?:better |more |good )?care of (?:myself|me|my (?:health|body|mind|mental health))|look after (?:myself|me|my (?:health|body|mind))|relax(?: more)?$|worry less|stress less|overthink less|live (?:better|healthier|well|more|a better life|a healthy life|a healthier life|healthy)|find (?:peace|balance|happiness|motivation|myself|my purpose|meaning|inner peace|the time|time)|make (?:more |new )?friends|change my life|fix my life|sort (?:my life|myself) out|do (?:better|more|my best|something|stuff|things|good|well)|try (?:harder|my best|more)|self[\s-]?care|practi[cs]e self[\s-]?care|work harder|grow as a person|heal|move on|let go|lose weight|socialise|socialize)\b/;

/** A value or a topic with no action at all: "health", "fitness". */
export const BARE_TOPIC_RE =
  /^(?:health|fitness|happiness|wellness|well-?being|productivity|motivation|confidence|calm|peace|balance|growth|connection|creativity|discipline|self-?care|mindfulness|love|money|career|family|friends|friendship|kindness|learning|play|fun|energy|purpose|meaning|success|organi[sz]ation|exercise|diet|sleep|work|school|study|life|weight|something|anything|stuff|things|better|more|less|good|well|progress)$/;

/** "More", "less", "better" with no amount to know when it is done. */
export const COMPARATIVE_RE =
  /\b(?:more(?!\s+than\b)|less|fewer|better(?!\s+at\b)|healthier|earlier|harder|longer|stronger|faster|regularly|consistently|properly|frequently|a lot|lots)\b/;
/** "Eat healthy", "sleep well", "exercise regularly". */
export const MANNER_RE =
  /\b(?:eat|eating|live|living|cook|cooking|sleep|sleeping|exercise|exercising|train|training|study|studying|behave|dress|act)\s(?:healthy|healthily|healthier|well|right|clean|properly|regularly|consistently|good|a lot|more|less|better)\b/;

/** Whole places and projects. */
export const WHOLE_RE =
  /\b(my|the|our|this|that|his|her|their|your)\s{1,3}(whole|entire|complete)\s{1,3}([a-z]+)(?:\s{1,3}(room|table|cupboard))?\b/gi;
export const WHOLE_EXEMPT =
  /^(?:day|morning|afternoon|evening|night|week|weekend|month|year|time|hour|body|way|self|family|team|class|song|glass|bottle|cup|mug|apple|banana|orange|sandwich|meal|breath|thing)$/;
export const EVERYTHING_RE = /\beverything\b/gi;
export const ALL_THE_RE =
  /\ball\s{1,3}(?:of\s{1,3})?(my|the|our|those|these|your)\s{1,3}([a-z]+)\b/gi;
export const ALL_THE_EXEMPT =
  /^(?:time|day|days|morning|evening|night|week|weekend|way|same|more|best|things? i love)$/;
export const CHORE_MASS =
  /^(?:laundry|washing|ironing|housework|homework|paperwork|admin|mail|post|cleaning|tidying|clutter|mess|junk|stuff|dishes|chores)$/;
export const EVERY_THING_RE =
  /\bevery\s{1,3}(room|email|e-mail|message|drawer|cupboard|shelf|dish|plate|bill|file|document|item|thing|piece|corner|book|chapter|task|job|chore|window|surface|page)\b/gi;
export const HOUSE_RE =
  /\b(clean|tidy|declutter|organi[sz]e|reorgani[sz]e|sort|sort out|deep[\s-]?clean|scrub|paint|redo|renovate|clear out|clear)\s{1,3}(?:up\s{1,3}|out\s{1,3})?(the|my|our)\s{1,3}(house|home|flat|apartment|place|garage|basement|attic|loft|shed|garden|yard)\b/gi;
export const WRITING_NOUNS =
  'thesis|dissertation|novel|book|memoir|essay|paper|report|manuscript|chapter|proposal|grant|resume|résumé|cv|business plan';
export const PROJECT_NOUNS = `${WRITING_NOUNS}|taxes|tax return|project|assignment|portfolio|website|app|presentation|album|course|business|wedding`;
export const PROJECT_RE = new RegExp(
  `\\b(write|finish|complete|do|start|draft|edit|revise|redo|rewrite|plan|build|make|create)\\s{1,3}(a|an|my|the|this|that|our)\\s{1,3}(?:(?:new|whole|entire|first|next)\\s{1,3})?(${PROJECT_NOUNS})\\b`,
  'gi',
);
export const READ_BOOK_RE =
  /\bread\s{1,3}(a|an|my|the|this|that|one)\s{1,3}(?:(?:whole|entire|new)\s{1,3})?(book|novel|textbook)\b/gi;
export const BIG_GOAL_RE =
  /\b(run a (?:half[\s-])?marathon|find a (?:new )?job|get a (?:new |better )?job|find a (?:new )?(?:partner|girlfriend|boyfriend|flat|apartment|house)|start a business|move house|get a degree|finish (?:school|college|university|uni)|learn (?:to code|how to \w+|to \w+|a (?:new )?language|an instrument|spanish|french|german|italian|japanese|chinese|mandarin|korean|arabic|portuguese|russian|english|piano|guitar|violin|drums|programming|coding|python|javascript)|lose \d+\s?(?:pounds|lbs|kg|kilos|stone))\b/gi;

/** Big counts, with the most a heavy day asks for and a smaller amount to offer instead. */
export const COUNT_LIMITS: readonly { unit: RegExp; max: number; smaller: string }[] = [
  { unit: /^pages?$/, max: 10, smaller: words.resize.counts.page },
  { unit: /^(?:push|press)[\s-]?ups?$/, max: 20, smaller: words.resize.counts.pushUp },
  { unit: /^sit[\s-]?ups?$/, max: 20, smaller: words.resize.counts.sitUp },
  { unit: /^squats?$/, max: 20, smaller: words.resize.counts.squat },
  { unit: /^reps?$/, max: 20, smaller: words.resize.counts.rep },
  { unit: /^burpees?$/, max: 10, smaller: words.resize.counts.burpee },
  { unit: /^words?$/, max: 500, smaller: words.resize.counts.word },
  { unit: /^steps?$/, max: 3000, smaller: words.resize.counts.step },
  { unit: /^(?:km|kms|kilomet(?:er|re)s?)$/, max: 3, smaller: words.resize.counts.km },
  { unit: /^miles?$/, max: 2, smaller: words.resize.counts.mile },
  { unit: /^laps?$/, max: 10, smaller: words.resize.counts.lap },
];
export const BIG_COUNT_RE = new RegExp(
  `(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d{1,6}(?:\\.\\d{1,2})?k?|(?:${TENS})[\\s-](?:${ONES})|${NUMBER_WORDS})(?:[\\s-]{1,3}(hundred|thousand))?[\\s-]{0,3}(pages?|(?:push|press)[\\s-]?ups?|sit[\\s-]?ups?|squats?|reps?|burpees?|words?|steps?|km|kms|kilomet(?:er|re)s?|miles?|laps?)\\b`,
  'gi',
);

/** Forever words. */
export const FOREVER_RE =
  /\b(?:always|never|forever|for ever|from now on|no matter what|without fail|without exception|at all times|all the time|each and every|every single|ever again|any ?more|no excuses|perfect|perfectly|flawless(?:ly)?|100 percent|a hundred percent|constantly|non[\s-]?stop|cold turkey|every waking)\b|\b100\s?%/;
/** A step that only says what not to do. */
export const STOP_RE =
  /^(?:(?:i|we)\s)?(?:stop|stopping|quit|quitting|give up|giving up|cut out|cut back on|cut down on|cut down|avoid|avoiding|don't|dont|do not|won't|wont|will not|not|no|no more|never|refrain from|stay off|stay away from|keep away from|keep off|resist|abstain from|ban|eliminate|no longer)\b/;
export const STOP_ANYWHERE_RE = /\b(?:stop|quit) being\b|\bno more\b/;
export const STOP_EXEMPT_RE =
  /^(?:stop|pause)\s(?:and|to|by|at|for)\b|\binstead\b|\breplace\b|\bswap\b/;

/** No finish line. */
export const OPEN_ENDED_RE =
  /\b(?:work(?:ing)? on|be better at|get better at|become better at|focus on|keep up with|stay on top of|get on top of|be on top of|deal with|think about|look into|make progress|catch up on|catch up with|figure out|sort out|get around to|improve|improving|spend (?:more|less) time|as much as (?:i can|possible|i like)|as often as (?:i can|possible)|more often|whenever i can|when i can|for a while|for a bit|for some time|for as long as (?:i can|possible)|keep (?:going|at it|working)|continue|be consistent|practi[cs]e|practi[cs]ing|get into|get back into|engage with)\b/;
/** Open-ended phrases that a time box fixes, so "for five minutes" can be added. */
export const APPENDABLE_RE =
  /\b(?:work(?:ing)? on|focus on|practi[cs]e|practi[cs]ing|catch up on|look into|think about|deal with|keep up with|sort out)\b/;

/** "one page", to grow to "two pages": things counted (a small number, then a noun), never time. */
export const COUNT_THING_RE =
  /(?<![\w.,])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a single)\s+(?!minutes?\b|mins?\b|hours?\b|hrs?\b|more\b|of\b|little\b|bit\b|few\b|couple\b|lot\b|while\b)([a-z][a-z'-]{1,20})\b/i;

/** "A single", which counts as one. */
export const A_SINGLE = /^a single$/i;

/** A step that starts with a feeling or becoming: "feel calmer", "become a runner". */
export const FEEL_FIRST = /^(?:feel|feeling|become|becoming)$/;

/** A step that starts with "stop" or "quit", which a clock time makes a moment to stop. */
export const STOP_FIRST = /^(?:stop|quit)\b/;

/** An open-ended stretch a time box replaces: "for a while" becomes "for five minutes". */
export const FOR_A_WHILE = /\bfor\s+(?:a while|a bit|some time)\b/gi;

/** "A", "an", "one": "read a book" offers one page of any book, "write a novel" a sentence. */
export const INDEFINITE = /^(?:a|an|one)$/i;

/** Writing a work offers one sentence of it; editing it, one paragraph. */
export const WRITE_VERB = /^(?:write|draft|rewrite)$/i;
export const EDIT_VERB = /^(?:edit|revise)$/i;

/** A first step for a big goal: "run a marathon" → put on my running shoes. */
export const SMALLER_GOALS: readonly SmallerGoal[] = [
  { match: /marathon/i, step: () => words.resize.runningShoes },
  { match: /job/i, step: () => words.resize.jobPosting },
  { match: /^start a business/i, step: () => words.resize.businessIdea },
  {
    match: /^learn\s+(?:(?:how\s+)?to\s+)?(.+)$/i,
    step: (goal) =>
      words.resize.fiveMinutesLearning(
        `${/^learn\s+(?:how\s+)?to\s/i.test(goal[0]) ? 'to ' : ''}${goal[1]}`,
      ),
  },
];

/** Forever words that can simply go: "always", "from now on"; "every single" → "every". */
export const DROP_FOREVER: readonly Rewrite[] = [
  { find: /\bevery\s+single\b/gi, put: 'every' },
  {
    find: /\b(?:always|from now on|no matter what|without fail|without exception|forever|at all times|perfectly|100\s?%)\b,?/gi,
    put: '',
  },
];

/** The patterns part of the English table. */
export const patterns: MicrowinLanguageData['patterns'] = {
  BE_FEEL_RE,
  FEEL_FIRST,
  WISH_ADJECTIVE,
  GET_WISH_RE,
  HAVE_WISH_RE,
  OTHER_WISH_RE,
  BARE_TOPIC_RE,
  COMPARATIVE_RE,
  MANNER_RE,
  WHOLE_RE,
  WHOLE_EXEMPT,
  EVERYTHING_RE,
  ALL_THE_RE,
  ALL_THE_EXEMPT,
  CHORE_MASS,
  EVERY_THING_RE,
  HOUSE_RE,
  WRITING_NOUNS,
  PROJECT_RE,
  READ_BOOK_RE,
  BIG_GOAL_RE,
  COUNT_LIMITS,
  BIG_COUNT_RE,
  FOREVER_RE,
  STOP_RE,
  STOP_ANYWHERE_RE,
  STOP_EXEMPT_RE,
  STOP_FIRST,
  OPEN_ENDED_RE,
  APPENDABLE_RE,
  COUNT_THING_RE,
  A_SINGLE,
  FOR_A_WHILE,
  INDEFINITE,
  WRITE_VERB,
  EDIT_VERB,
  SMALLER_GOALS,
  DROP_FOREVER,
};
