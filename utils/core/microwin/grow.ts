/**
 * Growing a step a little: a concrete proposal from the step's own words, one notch
 * up ("walk for ten minutes" → "walk for twelve minutes", "read one page" → "read two pages"),
 * offered only when the grown step still passes every rule of the micro-win check.
 */
import { MAX_STEP_MINUTES } from '@/utils/model/limits';
import type { MicrowinLanguageData } from './language';
import { type MicrowinLanguage, microwinTable } from './languages';
import { readNumber } from './numbers';
import { passes } from './resize';

/** A proposal to grow a step: its new words and its new estimate. */
export interface GrowProposal {
  step: string;
  minutes: number;
}

/** The next length of time up, in minutes: small steps up, never more than a fifth or so. */
const MINUTE_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15];

/** One notch more of a count: one → two, five → six; past ten, about a fifth more. */
export function nextCount(n: number): number {
  return n < 10 ? n + 1 : Math.round(n * 1.2);
}

/** One notch more of a length of time (minutes), or undefined past what a small step holds. */
export function nextMinutes(n: number): number | undefined {
  return MINUTE_STEPS.find((m) => m > n);
}

/** A number written the way it was: digits stay digits, words stay words where we have them. */
function writeLike(original: string, n: number, lang: MicrowinLanguageData): string {
  if (/^\d/.test(original.trim())) return String(n);
  const word = lang.words.grow.numbers[n];
  if (!word) return String(n);
  return /^\p{Lu}/u.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Grows the first length of time in the words; undefined when there is none or it is at the top. */
function growDuration(step: string, lang: MicrowinLanguageData): GrowProposal | undefined {
  const { DURATION_RE, HOUR_UNIT } = lang.numbers;
  DURATION_RE.lastIndex = 0;
  for (const m of step.matchAll(DURATION_RE)) {
    if (m[2] || m[3] || m[5]) continue; // ranges and halves stay as they are
    const amount = readNumber(m[1], lang) * (HOUR_UNIT.test(m[4]) ? 60 : 1);
    if (!Number.isFinite(amount) || amount <= 0 || HOUR_UNIT.test(m[4])) continue;
    const next = nextMinutes(amount);
    if (next === undefined) return undefined;
    const unit = lang.grammar.timeUnit(m[4], next);
    const hyphen = /-/.test(m[0].slice(m[1].length));
    const grown = hyphen
      ? `${writeLike(m[1], next, lang)}-${m[4]}`
      : `${writeLike(m[1], next, lang)} ${unit}`;
    const index = m.index ?? 0;
    return {
      step: step.slice(0, index) + grown + step.slice(index + m[0].length),
      minutes: next,
    };
  }
  return undefined;
}

/** Grows the first small count of things in the words; undefined when there is none. */
function growCount(
  step: string,
  minutes: number,
  lang: MicrowinLanguageData,
): GrowProposal | undefined {
  const { COUNT_THING_RE, A_SINGLE } = lang.patterns;
  const m = COUNT_THING_RE.exec(step);
  if (!m) return undefined;
  const raw = m[1];
  const n = A_SINGLE.test(raw) ? 1 : readNumber(raw, lang);
  if (!Number.isFinite(n) || n < 1) return undefined;
  const next = nextCount(n);
  const noun = m[2];
  const words = lang.grammar.countNoun(noun, n, next);
  // "A single" grows in words, written like "one".
  const number = writeLike(A_SINGLE.test(raw) ? lang.words.grow.numbers[1] : raw, next, lang);
  const index = m.index ?? 0;
  const grownMinutes = Math.min(
    MAX_STEP_MINUTES,
    Math.max(minutes, Math.ceil((minutes * next) / n)),
  );
  return {
    step: `${step.slice(0, index)}${number} ${words}${step.slice(index + m[0].length)}`,
    minutes: grownMinutes,
  };
}

/**
 * A proposal to grow a step a little, from its words (a length of time first, then a count of
 * things), or undefined when no grown version passes the micro-win check: a step already at
 * the top of what a small step holds is left as it is. `minutes` is the step's estimate.
 */
export function growStep(
  step: string,
  minutes: number,
  language: MicrowinLanguage | MicrowinLanguageData = 'en',
): GrowProposal | undefined {
  try {
    const lang = microwinTable(language);
    const text = String(step ?? '').trim();
    if (!text) return undefined;
    const proposal =
      growDuration(text, lang) ?? growCount(text, Number.isFinite(minutes) ? minutes : 0, lang);
    if (!proposal || proposal.step === text || !passes(proposal.step, lang)) return undefined;
    return proposal;
  } catch {
    return undefined;
  }
}
