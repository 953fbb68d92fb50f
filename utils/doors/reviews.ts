/** The weekly reviews' front door: keeping a week's reflection and its one step, announced. */
import { saveReview } from '@/utils/db/reviews';
import type { ChangeOrigin } from '@/utils/model/changes';
import type { WeekReview } from '@/utils/model/types';
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
