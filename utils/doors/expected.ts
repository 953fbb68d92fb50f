/**
 * "How do you think it will go?" (issue 28): whether it is still to be asked for a step today,
 * and keeping the answer until the step's win takes it as `expected` (utils/db/days.ts
 * `addStepWin`, whichever surface the Done comes from). This computer's record only: nothing is
 * announced and no data version moves until the win is written.
 */
import { answeredStepsOn, keepExpectation } from '@/utils/db/expected';
import { dayKey } from '@/utils/model/dayKey';
import type { Felt } from '@/utils/model/types';

/**
 * Of these steps (in the order they are offered), the first whose question is still to be asked
 * today (at most once a day per step), or undefined when every one was answered.
 */
export async function nextToAsk<S extends { commitmentId: string }>(
  steps: readonly S[],
  now = new Date(),
): Promise<S | undefined> {
  const answered = await answeredStepsOn(dayKey(now));
  return steps.find((s) => !answered.has(s.commitmentId));
}

/** Whether the question was answered for this step today. */
export async function expectationAsked(commitmentId: string, now = new Date()): Promise<boolean> {
  return (await answeredStepsOn(dayKey(now))).has(commitmentId);
}

/** Keeps the answer for this step today. */
export function expectStep(commitmentId: string, expected: Felt, now = new Date()): Promise<void> {
  return keepExpectation(commitmentId, dayKey(now), expected);
}
