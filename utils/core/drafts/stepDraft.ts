import { copy } from '../../copy';
import { DEFAULT_MINUTES, LIMITS } from '../../model/limits';
import type { Commitment } from '../../model/types';
import { BODY_BASICS, type StepTemplate, templateFor } from '../templates';
import { tidy } from './tidy';

/**
 * A step as it is being written, as plain strings, and the way to a commitment's fields.
 * Pure, so the rules are tested without a browser.
 */
export interface StepDraft {
  step: string;
  smallerStep: string;
  /** Minutes as typed. */
  minutes: string;
}

/** An empty step. */
export const EMPTY_STEP: Readonly<StepDraft> = Object.freeze({
  step: '',
  smallerStep: '',
  minutes: String(DEFAULT_MINUTES),
});

/** The draft for an existing commitment. */
export function stepDraftFrom(c: Pick<Commitment, 'step' | 'smallerStep' | 'minutes'>): StepDraft {
  return { step: c.step, smallerStep: c.smallerStep, minutes: String(c.minutes) };
}

/** The fields of a commitment a draft gives, or a plain-words note on the step. */
export type StepDraftResult =
  | { ok: true; fields: Pick<Commitment, 'step' | 'smallerStep' | 'minutes'> }
  | { ok: false; problem: string };

/**
 * Reads a draft. Only an empty step stops it: the micro-win check and the smaller step are
 * invitations. Minutes that are not a number from 0 to 1440 fall back to the default.
 */
export function stepFromDraft(draft: StepDraft): StepDraftResult {
  const clip = (s: string) => tidy(s).slice(0, LIMITS.sentence);
  const step = clip(draft.step);
  if (step === '') return { ok: false, problem: copy.options.step.stepNeeded };
  const typed = draft.minutes.trim();
  const n = typed === '' ? Number.NaN : Number(typed.replace(',', '.'));
  const minutes =
    Number.isFinite(n) && n >= 0 && n <= 1440 ? Math.round(n * 10) / 10 : DEFAULT_MINUTES;
  return { ok: true, fields: { step, smallerStep: clip(draft.smallerStep), minutes } };
}

/** Starter steps for a value: its template's, or the body basics when it has none. */
export function stepIdeas(valueName: string): { ideas: readonly StepTemplate[]; label: string } {
  const template = templateFor(valueName);
  return template && template.steps.length > 0
    ? { ideas: template.steps, label: copy.options.step.ideas }
    : { ideas: BODY_BASICS, label: copy.options.step.bodyIdeas };
}
