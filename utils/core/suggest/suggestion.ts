import type { Commitment, Value } from '@/utils/model/types';

/*
 * The shape of a suggested step, apart from the logic that picks one (suggestStep.ts), so the
 * new tab can show a suggestion from its snapshot without loading that logic (its 12 KB budget).
 */

/** What sort of step is offered. */
export type SuggestionKind = 'commitment' | 'starter' | 'extra' | 'rest' | 'setup';

/** Why this step, and why this size. */
export type SuggestionReason =
  | 'first-tab'
  | 'due'
  | 'low-energy'
  | 'recent-skips'
  | 'no-commitment'
  | 'all-done'
  | 'no-values';

/** The one step the new tab offers. */
export interface Suggestion {
  kind: SuggestionKind;
  reason: SuggestionReason;
  /** The value the step serves; null only when there are no values yet. */
  value: Value | null;
  /** Present for kind `commitment`. */
  commitment?: Commitment;
  /** The words of the offered step (the smaller step when `size` is `smaller`); empty for rest. */
  step: string;
  /** The smaller version, offered beside the step for heavy moments. */
  smallerStep?: string;
  /** Estimated minutes of the full step; left out when the smaller step is offered. */
  minutes?: number;
  size: 'full' | 'smaller';
}

/**
 * A stable identity for a suggestion, for keeping a snapshot of what was shown: equal keys mean
 * the same offer (kind, reason, size, commitment, value and words).
 */
export function suggestionKey(s: Suggestion): string {
  return JSON.stringify([
    s.kind,
    s.reason,
    s.size,
    s.commitment?.id ?? null,
    s.value?.id ?? null,
    s.step,
  ]);
}

/** What a step offers: its words, its smaller version and its minutes (a commitment or a template). */
export interface StepWords {
  step: string;
  smallerStep: string;
  minutes?: number;
}

/**
 * A suggestion of a step in its full or smaller size. `step` is the words offered now and
 * `smallerStep` always names the smaller version; a step with no smaller version stays full.
 */
export function sizedSuggestion(
  about: Pick<Suggestion, 'kind' | 'reason' | 'value' | 'commitment'>,
  words: StepWords,
  size: 'full' | 'smaller',
): Suggestion {
  const { commitment, ...rest } = about;
  const base = { ...rest, ...(commitment ? { commitment } : {}), smallerStep: words.smallerStep };
  if (size === 'smaller' && words.smallerStep !== '') {
    return { ...base, step: words.smallerStep, size: 'smaller' };
  }
  return { ...base, step: words.step, minutes: words.minutes, size: 'full' };
}
