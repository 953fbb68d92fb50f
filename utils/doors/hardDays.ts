/**
 * The plan for hard days' front door: reading and keeping it, announced to the other pages (and
 * to sync, when the person chose to carry it). STUB: the data layer (utils/db) fills this in.
 */
import type { ChangeOrigin } from '@/utils/model/changes';
import type { HardDaysPlan } from '@/utils/model/hardDays';
import { THIS_PAGE } from './notices';

/** The plan as kept, or null when there is none yet. */
export async function readHardDaysPlan(): Promise<HardDaysPlan | null> {
  return null;
}

/**
 * Keeps the plan (blank lines and empty contacts left out, `updatedAt` set now) and returns it as
 * kept; a plan left empty is removed.
 */
export async function keepHardDaysPlan(
  plan: HardDaysPlan,
  _origin: ChangeOrigin = THIS_PAGE,
): Promise<HardDaysPlan> {
  return plan;
}
