/** The weekly reviews' front door: keeping a week's reflection and its one step, announced. */
import { saveReview } from '../db/reviews';
import type { ChangeOrigin } from '../model/changes';
import type { WeekReview } from '../model/types';
import { announce, THIS_PAGE } from './notices';

/**
 * Keeps a week's review (blank words left out; a review left empty is removed) and returns it as
 * kept.
 */
export async function keepReview(
  review: WeekReview,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<WeekReview> {
  const kept = await saveReview(review);
  await announce(origin, 'reviews');
  return kept;
}
