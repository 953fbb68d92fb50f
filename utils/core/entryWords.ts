/** An entry's words and value, as every surface shows them. */
import type { Commitment, Entry, WinSize } from '@/utils/model/types';

/** The words of a commitment's step in one size: its smaller step (or the step, if it has none). */
export function stepWords(
  commitment: Pick<Commitment, 'step' | 'smallerStep'>,
  size: WinSize,
): string {
  return size === 'smaller' ? commitment.smallerStep || commitment.step : commitment.step;
}

/**
 * The step an entry is about, in words: a free-text win's own text, a win's words as they were
 * when it was logged (`stepText`), or else the commitment's words now (a skip); '' for a
 * check-in. `commitment` is the entry's commitment.
 */
export function entryStep(e: Entry, commitment: Commitment | undefined): string {
  if (e.kind === 'checkin') return '';
  if (e.kind === 'win' && e.text !== undefined) return e.text;
  if (e.kind === 'win' && e.stepText !== undefined) return e.stepText;
  if (!commitment) return '';
  return stepWords(commitment, e.kind === 'win' ? e.size : 'full');
}

/** The value an entry counts toward: its own, or its commitment's. */
export function entryValueId(e: Entry, commitment: Commitment | undefined): string | undefined {
  return e.kind === 'checkin' ? undefined : (e.valueId ?? commitment?.valueId);
}
