/**
 * A smaller or more concrete version of a flagged step, offered only when it passes every rule itself.
 */
import { analyse, type Finding } from './analyse';
import type { MicrowinLanguageData } from './language';
import { findDurations, readCount, shrinkDurations } from './numbers';
import { normalise } from './reading';

/** One of the things "all my …" names ("emails" → "one email"); undefined when unsure. */
export function singular(noun: string, lang: MicrowinLanguageData): string | undefined {
  const w = lang.words.resize;
  const n = noun.toLowerCase();
  if (Object.hasOwn(w.mass, n)) return w.mass[n];
  const one = lang.grammar.singular(n);
  return one === undefined ? undefined : w.one(one);
}

/** The small part to offer for a whole place: one drawer, one counter, one shelf. */
export function smallPartOf(
  det: string,
  noun: string,
  lang: MicrowinLanguageData,
): string | undefined {
  const parts = lang.words.resize.parts;
  const n = noun.toLowerCase();
  return Object.hasOwn(parts, n) ? parts[n](det.toLowerCase(), noun) : undefined;
}

/** Offers the first small piece of a whole place or project. */
export function shrinkScope(text: string, lang: MicrowinLanguageData): string {
  const w = lang.words.resize;
  const p = lang.patterns;
  return text
    .replace(p.READ_BOOK_RE, (_m, det: string) =>
      w.readOnePage(p.INDEFINITE.test(det) ? '' : det.toLowerCase()),
    )
    .replace(p.PROJECT_RE, (m, verb: string, det: string, noun: string) => {
      const whose = p.INDEFINITE.test(det) ? '' : `${det.toLowerCase()} ${noun}`;
      if (new RegExp(`^(?:${p.WRITING_NOUNS})$`, 'i').test(noun)) {
        if (p.WRITE_VERB.test(verb)) return w.writeOneSentence(whose);
        if (p.EDIT_VERB.test(verb)) return w.editOneParagraph(whose);
      }
      return whose ? w.fiveMinutesOn(whose) : m;
    })
    .replace(p.HOUSE_RE, (m, verb: string, det: string, noun: string) => {
      const part = smallPartOf(det, noun, lang);
      return part ? `${verb} ${part}` : m;
    })
    .replace(p.WHOLE_RE, (m, det: string, _w: string, noun: string, room: string | undefined) => {
      if (p.WHOLE_EXEMPT.test(noun.toLowerCase())) return m;
      return (
        smallPartOf(det, room ? `${noun} ${room}` : noun, lang) ?? smallPartOf(det, noun, lang) ?? m
      );
    })
    .replace(p.ALL_THE_RE, (m, _det: string, noun: string) =>
      p.ALL_THE_EXEMPT.test(noun.toLowerCase()) ? m : (singular(noun, lang) ?? m),
    )
    .replace(p.EVERY_THING_RE, (_m, noun: string) => w.one(noun.toLowerCase()))
    .replace(p.EVERYTHING_RE, w.oneThing)
    .replace(p.BIG_GOAL_RE, (m) => {
      for (const goal of p.SMALLER_GOALS) {
        const hit = goal.match.exec(m);
        if (hit) return goal.step(hit);
      }
      return m;
    })
    .replace(p.BIG_COUNT_RE, (m, num: string, scale: string | undefined, unit: string) => {
      const limit = p.COUNT_LIMITS.find((l) => l.unit.test(unit.toLowerCase()));
      return limit && readCount(num, scale, lang) > limit.max ? limit.smaller : m;
    });
}

/** Drops forever words that can simply go: "always", "from now on", "every single" → "every". */
export function dropForever(text: string, lang: MicrowinLanguageData): string {
  return lang.patterns.DROP_FOREVER.reduce((t, { find, put }) => t.replace(find, put), text);
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
export function addTimeBox(text: string, lang: MicrowinLanguageData): string {
  const m = /^(.*?)([.!]*)$/s.exec(text);
  if (!m) return text;
  return `${m[1].replace(/\s+$/, '')} ${lang.words.resize.forFiveMinutes}${m[2]}`;
}

/** Whether a version passes every rule. */
export function passes(text: string, lang: MicrowinLanguageData): boolean {
  return analyse(text, text.length, lang).findings.length === 0;
}

/** A smaller or more concrete version of a step, when the rules can find one that passes. */
export function resize(
  text: string,
  findings: Finding[],
  lang: MicrowinLanguageData,
): string | undefined {
  const { SENSITIVE_RE, TOPICS } = lang.topics;
  const all = normalise(text);
  const kinds = new Set(findings.map((f) => f.kind));
  if (kinds.has('empty')) return undefined;
  if (SENSITIVE_RE.test(all)) return undefined;

  let edited = tidyEdits(shrinkScope(shrinkDurations(dropForever(text, lang), lang), lang));
  edited = edited.replace(lang.patterns.FOR_A_WHILE, lang.words.resize.forFiveMinutes);
  if (
    kinds.has('not-checkable') &&
    lang.patterns.APPENDABLE_RE.test(normalise(edited)) &&
    findDurations(edited, lang).length === 0
  ) {
    edited = addTimeBox(edited, lang);
  }
  edited = tidyEdits(edited);
  if (normalise(edited) !== all && /[\p{L}]/u.test(edited) && passes(edited, lang)) return edited;

  // For a "don't", only offer steps that make sense in its place.
  const stopOnly = findings.every((f) => f.kind === 'all-or-nothing' && f.reason === 'stopInstead');
  const topic = TOPICS.find((t) => t.match.test(all) && (!stopOnly || t.instead));
  if (topic && normalise(topic.step) !== all && passes(topic.step, lang)) return topic.step;
  return undefined;
}
