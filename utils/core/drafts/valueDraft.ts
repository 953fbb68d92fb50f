/**
 * A value as it is being written, as plain strings, and the way to a value's fields. Pure, so the
 * first-run screens and the value editor save the same way.
 */
import type { Value } from '@/utils/model/types';
import type { DraftProblem } from './problems';
import { tidy } from './tidy';

/** A value as it is being written. */
export interface ValueDraft {
  name: string;
  looksLike: string;
  why: string;
}

/** An empty value. */
export const EMPTY_VALUE: Readonly<ValueDraft> = Object.freeze({
  name: '',
  looksLike: '',
  why: '',
});

/** The draft for an existing value. */
export function valueDraftFrom(value: Pick<Value, 'name' | 'looksLike' | 'why'>): ValueDraft {
  return { name: value.name, looksLike: value.looksLike, why: value.why };
}

/** The fields of a value a draft gives, or what is missing (its name). */
export type ValueDraftResult =
  | { ok: true; fields: Pick<Value, 'name' | 'looksLike' | 'why'> }
  | { ok: false; problem: DraftProblem };

/** Reads a draft, tidied. Only an empty name stops it. */
export function valueFromDraft(draft: ValueDraft): ValueDraftResult {
  const fields = { name: tidy(draft.name), looksLike: tidy(draft.looksLike), why: tidy(draft.why) };
  if (fields.name === '') return { ok: false, problem: 'name-needed' };
  return { ok: true, fields };
}
