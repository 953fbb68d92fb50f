import type { MicrowinLanguage } from '@/utils/core/microwin/languages';
import { minutesAgree, wordsMinutes } from '@/utils/core/stepMinutes';
import { type Starters, type StepTemplate, templateFor } from '@/utils/core/templates';
import { DEFAULT_MINUTES, LIMITS } from '@/utils/model/limits';
import type { Commitment } from '@/utils/model/types';
import type { DraftProblem } from './problems';
import { tidy } from './tidy';

/**
 * A step as it is being written, as plain strings, and the way to a commitment's fields.
 * Pure, so the rules are tested without a browser.
 */
export interface StepDraft {
  step: string;
  smallerStep: string;
  /**
   * Minutes as typed, or as stored (a step being edited, an idea's, the default). Until the
   * person types them (`minutesTyped`), the minutes the step's words name take their place.
   */
  minutes: string;
  /**
   * True once the person typed the minutes themselves: the words no longer fill them.
   */
  minutesTyped?: boolean;
}

/** An empty step. */
export const EMPTY_STEP: Readonly<StepDraft> = Object.freeze({
  step: '',
  smallerStep: '',
  minutes: String(DEFAULT_MINUTES),
});

/**
 * The draft for an existing commitment. Minutes that fit its words without being the length they
 * name (7 for "walk for 5 to 10 minutes") were chosen by hand and stay; any other estimate gives
 * way to the words as they are and as they change. `language` is the person's words language
 * (the page's `language()`): the words are read in it, English when the check has no table for it.
 */
export function stepDraftFrom(
  c: Pick<Commitment, 'step' | 'smallerStep' | 'minutes'>,
  language = 'en',
): StepDraft {
  const lang = language as MicrowinLanguage;
  const said = wordsMinutes(c.step, lang);
  const chosen =
    said !== undefined && minutesAgree(c.step, c.minutes, lang) && c.minutes !== said.named;
  return {
    step: c.step,
    smallerStep: c.smallerStep,
    minutes: String(c.minutes),
    ...(chosen ? { minutesTyped: true } : {}),
  };
}

/**
 * The minutes the draft's field shows: as typed once the person typed them, else the length the
 * step's words name ("Walk for ten minutes" → "10"), else the draft's own; the words read in
 * `language` (as `stepDraftFrom`).
 */
export function draftMinutes(draft: StepDraft, language = 'en'): string {
  if (draft.minutesTyped) return draft.minutes;
  const said = wordsMinutes(draft.step, language as MicrowinLanguage);
  return said ? String(said.named) : draft.minutes;
}

/**
 * The minutes the step's words name when they contradict the minutes typed by hand, for a gentle
 * note beside the field (what is shown elsewhere follows the words; see `stepMinutes`); the words
 * read in `language` (as `stepDraftFrom`).
 */
export function minutesTheWordsSay(draft: StepDraft, language = 'en'): number | undefined {
  if (!draft.minutesTyped) return undefined;
  const lang = language as MicrowinLanguage;
  const typed = readMinutes(draft.minutes);
  if (typed === undefined || minutesAgree(draft.step, typed, lang)) return undefined;
  return wordsMinutes(draft.step, lang)?.named;
}

/** Minutes as typed, when they are a number from 0 to 1440 (one decimal kept). */
function readMinutes(typed: string): number | undefined {
  const text = typed.trim();
  const n = text === '' ? Number.NaN : Number(text.replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= 1440 ? Math.round(n * 10) / 10 : undefined;
}

/** The fields of a commitment a draft gives, or a plain-words note on the step. */
export type StepDraftResult =
  | { ok: true; fields: Pick<Commitment, 'step' | 'smallerStep' | 'minutes'> }
  | { ok: false; problem: DraftProblem };

/**
 * Reads a draft. Only an empty step stops it: the micro-win check and the smaller step are
 * invitations. The minutes are those the field shows (`draftMinutes`); when they are not a number
 * from 0 to 1440, the length the words name, else the default; the words read in `language` (as
 * `stepDraftFrom`).
 */
export function stepFromDraft(draft: StepDraft, language = 'en'): StepDraftResult {
  const clip = (s: string) => tidy(s).slice(0, LIMITS.sentence);
  const step = clip(draft.step);
  if (step === '') return { ok: false, problem: 'step-needed' };
  const minutes =
    readMinutes(draftMinutes(draft, language)) ??
    wordsMinutes(draft.step, language as MicrowinLanguage)?.named ??
    DEFAULT_MINUTES;
  return { ok: true, fields: { step, smallerStep: clip(draft.smallerStep), minutes } };
}

/**
 * Starter steps for a value, from `starters` (utils/copy/templates.ts): its template's
 * (`from: 'value'`), or the body basics when it has none (`from: 'body'`).
 */
export function stepIdeas(
  valueName: string,
  starters: Starters,
): { ideas: readonly StepTemplate[]; from: 'value' | 'body' } {
  const template = templateFor(valueName, starters.values);
  return template && template.steps.length > 0
    ? { ideas: template.steps, from: 'value' }
    : { ideas: starters.bodyBasics, from: 'body' };
}
