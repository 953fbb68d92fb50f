/**
 * Weekly reviews in the one data layer (see `connection.ts`): a week's reflection and its one
 * chosen step, one record per week. Apart from the rest, so only the pages that show
 * or use a review load it (the new tab reads it only in its lazily loaded suggestion path).
 */
import type { DayKey, WeekReview } from '@/utils/model/types';
import { openDb, write } from './connection';

/** The review kept for the week starting `weekStart`, if any. */
export async function getReview(weekStart: DayKey): Promise<WeekReview | undefined> {
  return (await openDb()).get('reviews', weekStart);
}

/** Reviews of the weeks from `from` to `to` (first days, both included), oldest first. */
export async function reviewsInRange(from: DayKey, to: DayKey): Promise<WeekReview[]> {
  if (from > to) return [];
  return (await openDb()).getAll('reviews', IDBKeyRange.bound(from, to));
}

/**
 * Keeps a week's review: blank words are left out, and a review with nothing left in it is
 * removed, so an emptied reflection leaves nothing behind.
 */
export async function saveReview(review: WeekReview): Promise<WeekReview> {
  const kept = tidyReview(review);
  const empty = Object.keys(kept).length === 1;
  await write(['reviews'], (tx) => {
    const store = tx.objectStore('reviews');
    return [empty ? store.delete(kept.weekStart) : store.put(kept)];
  });
  return kept;
}

/** A review with its words trimmed and anything empty left out. */
export function tidyReview(review: WeekReview): WeekReview {
  const kept: WeekReview = { weekStart: review.weekStart };
  const helped = review.helped?.trim();
  const inTheWay = review.inTheWay?.trim();
  if (helped) kept.helped = helped;
  if (inTheWay) kept.inTheWay = inTheWay;
  if (review.focusCommitmentId) kept.focusCommitmentId = review.focusCommitmentId;
  return kept;
}
