/**
 * The plan for hard days' front door: reading and keeping it, announced to the other pages (and
 * to sync, which carries it only where the person ticked "Also my plan for hard days").
 */
import { getHardDaysPlan, putHardDaysPlan } from '@/utils/db/hardDays';
import type { ChangeOrigin } from '@/utils/model/changes';
import { emptyHardDaysPlan, type HardDaysPlan } from '@/utils/model/hardDays';
import { announce, THIS_PAGE } from './notices';

/** The plan as kept, or null when there is none yet. */
export async function readHardDaysPlan(): Promise<HardDaysPlan | null> {
  return (await getHardDaysPlan()) ?? null;
}

/**
 * Keeps the plan (blank lines and empty contacts left out, `updatedAt` set now) and returns it as
 * kept; a plan left empty is removed (and comes back tidied and empty, with nothing stored).
 */
export async function keepHardDaysPlan(
  plan: HardDaysPlan,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<HardDaysPlan> {
  const stamped: HardDaysPlan = { ...plan, updatedAt: Date.now() };
  const kept = await putHardDaysPlan(stamped);
  await announce(origin, 'hardDays');
  return kept ?? emptyHardDaysPlan(stamped.updatedAt);
}
