/**
 * "How do you think it will go?" (issue 28): whether it is still to be asked for a step today,
 * and keeping the answer until the step's win takes it as `expected` (utils/db/days.ts
 * `addStepWin`, whichever surface the Done comes from). This computer's record only: nothing is
 * announced and no data version moves until the win is written.
 */
import { getExpectation, keepExpectation } from '@/utils/db/expected';
import { dayKey } from '@/utils/model/dayKey';
import type { Felt } from '@/utils/model/types';

/** Whether the question is still to be asked for this step today (at most once a day). */
export async function expectationAsked(commitmentId: string, now = new Date()): Promise<boolean> {
  return (await getExpectation(commitmentId, dayKey(now))) !== undefined;
}

/** Keeps the answer for this step today. */
export function expectStep(commitmentId: string, expected: Felt, now = new Date()): Promise<void> {
  return keepExpectation(commitmentId, dayKey(now), expected);
}
