import type { Commitment, Entry } from '../model/types';

/**
 * The step an entry is about, in words: a free-text win's own text, a commitment's step (its
 * smaller step for a smaller win), or '' for a check-in. `commitment` is the entry's commitment.
 */
export function entryStep(e: Entry, commitment: Commitment | undefined): string {
  if (e.kind === 'checkin') return '';
  if (e.kind === 'win' && e.text !== undefined) return e.text;
  const smaller = e.kind === 'win' && e.size === 'smaller';
  return (smaller ? commitment?.smallerStep : commitment?.step) ?? '';
}

/** The value an entry counts toward: its own, or its commitment's. */
export function entryValueId(e: Entry, commitment: Commitment | undefined): string | undefined {
  return e.kind === 'checkin' ? undefined : (e.valueId ?? commitment?.valueId);
}
