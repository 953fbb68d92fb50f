/**
 * Growing a step a little: a concrete proposal from the step's own words, one notch
 * up ("walk for ten minutes" → "walk for twelve minutes", "read one page" → "read two pages"),
 * offered only when the grown step still passes every rule of the micro-win check.
 */
import { microwinCopy } from '@/utils/copy/microwin';
import { MAX_STEP_MINUTES } from '@/utils/model/limits';
import { DURATION_RE, readNumber } from './numbers';
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
function writeLike(original: string, n: number): string {
  if (/^\d/.test(original.trim())) return String(n);
  const word = microwinCopy.grow.numbers[n];
  if (!word) return String(n);
  return /^[A-Z]/.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** "one page" → "two pages": things counted (a small number, then a noun), never time. */
const COUNT_THING_RE =
  /(?<![\w.,])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a single)\s+(?!minutes?\b|mins?\b|hours?\b|hrs?\b|more\b|of\b|little\b|bit\b|few\b|couple\b|lot\b|while\b)([a-z][a-z'-]{1,20})\b/i;

/** The plural of a counted noun: "page" → "pages", "glass" → "glasses", "person" → "people". */
function plural(noun: string): string {
  const n = noun.toLowerCase();
  const irregular = microwinCopy.grow.plurals;
  if (Object.hasOwn(irregular, n)) return irregular[n];
  if (/(?:s|x|z|ch|sh)$/.test(n)) return `${noun}es`;
  if (/[^aeiou]y$/.test(n)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Grows the first length of time in the words; undefined when there is none or it is at the top. */
function growDuration(step: string): GrowProposal | undefined {
  DURATION_RE.lastIndex = 0;
  for (const m of step.matchAll(DURATION_RE)) {
    if (m[2] || m[3] || m[5]) continue; // ranges and halves stay as they are
    const amount = readNumber(m[1]) * (/^h/i.test(m[4]) ? 60 : 1);
    if (!Number.isFinite(amount) || amount <= 0 || /^h/i.test(m[4])) continue;
    const next = nextMinutes(amount);
    if (next === undefined) return undefined;
    const unit = m[4].replace(/^minute$/i, 'minutes').replace(/^min$/i, 'mins');
    const hyphen = /-/.test(m[0].slice(m[1].length));
    const grown = hyphen ? `${writeLike(m[1], next)}-${m[4]}` : `${writeLike(m[1], next)} ${unit}`;
    const index = m.index ?? 0;
    return {
      step: step.slice(0, index) + grown + step.slice(index + m[0].length),
      minutes: next,
    };
  }
  return undefined;
}

/** Grows the first small count of things in the words; undefined when there is none. */
function growCount(step: string, minutes: number): GrowProposal | undefined {
  const m = COUNT_THING_RE.exec(step);
  if (!m) return undefined;
  const raw = m[1];
  const n = /^a single$/i.test(raw) ? 1 : readNumber(raw);
  if (!Number.isFinite(n) || n < 1) return undefined;
  const next = nextCount(n);
  const noun = m[2];
  const words = n === 1 ? plural(noun) : noun;
  const number = /^a single$/i.test(raw) ? writeLike('one', next) : writeLike(raw, next);
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
export function growStep(step: string, minutes: number): GrowProposal | undefined {
  try {
    const text = String(step ?? '').trim();
    if (!text) return undefined;
    const proposal = growDuration(text) ?? growCount(text, Number.isFinite(minutes) ? minutes : 0);
    if (!proposal || proposal.step === text || !passes(proposal.step)) return undefined;
    return proposal;
  } catch {
    return undefined;
  }
}
