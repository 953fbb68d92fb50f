/**
 * A smaller or more concrete version of a flagged step, offered only when it passes every rule itself.
 */
import { microwinCopy } from '@/utils/copy/microwin';
import { analyse, type Finding } from './analyse';
import { findDurations, shrinkDurations } from './numbers';
import {
  ALL_THE_EXEMPT,
  ALL_THE_RE,
  APPENDABLE_RE,
  BIG_COUNT_RE,
  BIG_GOAL_RE,
  COUNT_LIMITS,
  EVERY_THING_RE,
  EVERYTHING_RE,
  HOUSE_RE,
  PROJECT_RE,
  READ_BOOK_RE,
  readCount,
  WHOLE_EXEMPT,
  WHOLE_RE,
  WRITING_NOUNS,
} from './patterns';
import { normalise } from './reading';
import { SENSITIVE_RE, TOPICS } from './topics';

/** A plain singular for "all my emails" → "email"; undefined when unsure. */
export function singular(noun: string): string | undefined {
  const n = noun.toLowerCase();
  const mass = microwinCopy.resize.mass;
  if (Object.hasOwn(mass, n)) return mass[n];
  if (/ies$/.test(n)) return microwinCopy.resize.one(`${n.slice(0, -3)}y`);
  if (/(?:ch|sh|x|ss)es$/.test(n)) return microwinCopy.resize.one(n.slice(0, -2));
  if (/[^su]s$/.test(n)) return microwinCopy.resize.one(n.slice(0, -1));
  return undefined;
}

/** The small part to offer for a whole place: one drawer, one counter, one shelf. */
export function smallPartOf(det: string, noun: string): string | undefined {
  const d = det.toLowerCase() === 'the' ? 'the' : det.toLowerCase();
  switch (noun.toLowerCase()) {
    case 'house':
    case 'home':
    case 'flat':
    case 'apartment':
    case 'place':
      return microwinCopy.resize.drawer;
    case 'kitchen':
      return microwinCopy.resize.counter;
    case 'bathroom':
      return microwinCopy.resize.sink;
    case 'room':
    case 'bedroom':
    case 'office':
    case 'lounge':
      return microwinCopy.resize.cornerOf(`${d} ${noun}`);
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
      return microwinCopy.resize.shelfOf(`${d} ${noun}`);
    case 'desk':
      return microwinCopy.resize.cornerOf(`${d} desk`);
    case 'garden':
    case 'yard':
      return microwinCopy.resize.patchOf(`${d} ${noun}`);
    case 'inbox':
    case 'email':
    case 'emails':
      return microwinCopy.resize.email;
    case 'book':
    case 'novel':
    case 'textbook':
      return microwinCopy.resize.pageOf(`${d} ${noun}`);
    default:
      return undefined;
  }
}

/** Offers the first small piece of a whole place or project. */
export function shrinkScope(text: string): string {
  return text
    .replace(READ_BOOK_RE, (_m, det: string) =>
      /^(?:a|an|one)$/i.test(det)
        ? microwinCopy.resize.readOnePage
        : `${microwinCopy.resize.readOnePage} of ${det.toLowerCase()} book`,
    )
    .replace(PROJECT_RE, (m, verb: string, det: string, noun: string) => {
      const mine = /^(?:a|an)$/i.test(det) ? '' : ` of ${det.toLowerCase()} ${noun}`;
      if (new RegExp(`^(?:${WRITING_NOUNS})$`, 'i').test(noun)) {
        if (/^(?:write|draft|rewrite)$/i.test(verb))
          return microwinCopy.resize.writeOneSentence(mine);
        if (/^(?:edit|revise)$/i.test(verb)) return microwinCopy.resize.editOneParagraph(mine);
      }
      return /^(?:a|an)$/i.test(det)
        ? m
        : microwinCopy.resize.fiveMinutesOn(`${det.toLowerCase()} ${noun}`);
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
    .replace(EVERY_THING_RE, (_m, noun: string) => microwinCopy.resize.one(noun.toLowerCase()))
    .replace(EVERYTHING_RE, microwinCopy.resize.oneThing)
    .replace(BIG_GOAL_RE, (m) => {
      const low = m.toLowerCase();
      if (low.includes('marathon')) return microwinCopy.resize.runningShoes;
      if (/job/.test(low)) return microwinCopy.resize.jobPosting;
      if (low.startsWith('start a business')) return microwinCopy.resize.businessIdea;
      const learn = /^learn\s+(?:(?:how\s+)?to\s+)?(.+)$/i.exec(m);
      if (learn)
        return microwinCopy.resize.fiveMinutesLearning(
          `${/^learn\s+(?:how\s+)?to\s/i.test(m) ? 'to ' : ''}${learn[1]}`,
        );
      return m;
    })
    .replace(BIG_COUNT_RE, (m, num: string, scale: string | undefined, unit: string) => {
      const limit = COUNT_LIMITS.find((l) => l.unit.test(unit.toLowerCase()));
      return limit && readCount(num, scale) > limit.max ? limit.smaller : m;
    });
}

/** Drops forever words that can simply go: "always", "from now on", "every single" → "every". */
export function dropForever(text: string): string {
  return text
    .replace(/\bevery\s+single\b/gi, 'every')
    .replace(
      /\b(?:always|from now on|no matter what|without fail|without exception|forever|at all times|perfectly|100\s?%)\b,?/gi,
      '',
    );
}

/** Tidies spaces and stray commas left by the edits. */
export function tidyEdits(text: string): string {
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .replace(/,(\s*[.!?]?)$/, '$1')
    .trim();
}

/** Adds a time box to an open-ended step: "work on my fitness" → "… for five minutes". */
export function addTimeBox(text: string): string {
  const m = /^(.*?)([.!]*)$/s.exec(text);
  if (!m) return text;
  return `${m[1].replace(/\s+$/, '')} ${microwinCopy.resize.forFiveMinutes}${m[2]}`;
}

/** Whether a version passes every rule. */
export function passes(text: string): boolean {
  return analyse(text, text.length).findings.length === 0;
}

/** A smaller or more concrete version of a step, when the rules can find one that passes. */
export function resize(text: string, findings: Finding[]): string | undefined {
  const all = normalise(text);
  const kinds = new Set(findings.map((f) => f.kind));
  if (kinds.has('empty')) return undefined;
  if (SENSITIVE_RE.test(all)) return undefined;

  let edited = tidyEdits(shrinkScope(shrinkDurations(dropForever(text))));
  edited = edited.replace(
    /\bfor\s+(?:a while|a bit|some time)\b/gi,
    microwinCopy.resize.forFiveMinutes,
  );
  if (
    kinds.has('not-checkable') &&
    APPENDABLE_RE.test(normalise(edited)) &&
    findDurations(edited).length === 0
  ) {
    edited = addTimeBox(edited);
  }
  edited = tidyEdits(edited);
  if (normalise(edited) !== all && /[\p{L}]/u.test(edited) && passes(edited)) return edited;

  // For a "don't", only offer steps that make sense in its place.
  const stopOnly = findings.every(
    (f) => f.kind === 'all-or-nothing' && f.message === microwinCopy.stopInstead,
  );
  const topic = TOPICS.find((t) => t.match.test(all) && (!stopOnly || t.instead));
  if (topic && normalise(topic.step) !== all && passes(topic.step)) return topic.step;
  return undefined;
}
