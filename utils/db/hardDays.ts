/**
 * The plan for hard days in the one data layer (see `connection.ts`): one record in the
 * `hardDays` store, or none. Apart from the rest, so only the pages that show the plan load it.
 * Every write raises the data version (`write`), so open pages read it again.
 */
import { planToKeep, withoutRoutineStep } from '@/utils/core/hardDaysPlan';
import type { HardDaysPlan } from '@/utils/model/hardDays';
import { openDb, type WriteTx, write } from './connection';

/** The key of the one record in the `hardDays` store. */
export const HARD_DAYS_KEY = 'plan';

/** The plan as kept, or undefined when there is none. */
export async function getHardDaysPlan(): Promise<HardDaysPlan | undefined> {
  return (await openDb()).get('hardDays', HARD_DAYS_KEY);
}

/**
 * Keeps the plan tidied (lines trimmed, blank lines and empty contacts left out) with its
 * `updatedAt` as given; a plan with nothing left in it is removed. Returns what is kept, or null
 * when the plan was removed.
 */
export async function putHardDaysPlan(plan: HardDaysPlan): Promise<HardDaysPlan | null> {
  const kept = planToKeep(plan);
  await write(['hardDays'], (tx) => {
    const store = tx.objectStore('hardDays');
    return [kept ? store.put(kept, HARD_DAYS_KEY) : store.delete(HARD_DAYS_KEY)];
  });
  return kept;
}

/** Removes the plan (sync: the plan deleted on another computer). */
export async function deleteHardDaysPlan(): Promise<void> {
  await write(['hardDays'], (tx) => [tx.objectStore('hardDays').delete(HARD_DAYS_KEY)]);
}

/**
 * Queues, in `tx` (over `hardDays`), letting go of the step `commitmentId` as the routine's step,
 * so a deleted step leaves no id pointing at nothing; a plan left empty is removed.
 */
export function letGoOfRoutineStep(tx: WriteTx, commitmentId: string): Promise<unknown> {
  const store = tx.objectStore('hardDays');
  return store.get(HARD_DAYS_KEY).then((plan): Promise<unknown> | undefined => {
    if (!plan || plan.routineStepId !== commitmentId) return undefined;
    const kept = withoutRoutineStep(plan, commitmentId);
    return kept ? store.put(kept, HARD_DAYS_KEY) : store.delete(HARD_DAYS_KEY);
  });
}
