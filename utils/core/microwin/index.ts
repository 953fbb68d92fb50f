/**
 * The micro-win check: does a step read like something easy enough not to be resisted,
 * meaningful, specific enough that you know when it is done, and repeatable?
 *
 * The rules are plain word lists and regular expressions (no model, no network), so anyone can
 * read why a step was flagged. They run on the first `MAX_ANALYSED_CHARS` characters, every
 * pattern has bounded repetition, and anything unexpected falls back to "no problems": the check
 * is a gentle suggestion and must never stand between a person and their step.
 */
import { microwinCopy } from '@/utils/copy/microwin';
import { analyse } from './analyse';
import { CLOCK_RE, findDurations } from './numbers';
import { normalise } from './reading';
import { resize } from './resize';

export { MAX_ANALYSED_CHARS, MAX_STEP_MINUTES } from '@/utils/model/limits';
export { type GrowProposal, growStep } from './grow';

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

/** The rules, in words, for docs and help pages. */
export const MICROWIN_RULES: readonly { kind: StepProblemKind; description: string }[] = (
  Object.keys(microwinCopy.rules) as StepProblemKind[]
).map((kind) => ({ kind, description: microwinCopy.rules[kind] }));

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

/**
 * The minutes a step's words name ("walk for ten minutes" → 10; the longest when there are
 * several), or undefined when they name no length of time. Clock times are cues, not lengths.
 */
export function minutesIn(text: string): number | undefined {
  const lengths = findDurations(normalise(String(text ?? '')).replace(CLOCK_RE, ' '));
  if (lengths.length === 0) return undefined;
  return Math.min(24 * 60, Math.max(...lengths.map((d) => d.minutes)));
}
