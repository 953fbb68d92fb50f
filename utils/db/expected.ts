/**
 * "How do you think it will go?" as this computer keeps it until the step's win exists, in the
 * `state` store (`STATE_KEYS.expected`; the rules are utils/core/expected.ts). Not user data on
 * its own: writing it raises no data version and announces nothing, and it is never in a backup
 * or synced. The win takes it in `addStepWin` (days.ts), whichever surface the Done comes from.
 */
import { answeredOn, asExpectations, expectationFor, withExpectation } from '@/utils/core/expected';
import { STATE_KEYS } from '@/utils/model/keys';
import type { DayKey, Felt } from '@/utils/model/types';
import { getState, updateState } from './connection';

/** The answer kept for this step on this day, if any. */
export async function getExpectation(commitmentId: string, day: DayKey): Promise<Felt | undefined> {
  return expectationFor(asExpectations(await getState(STATE_KEYS.expected)), commitmentId, day);
}

/** The steps with an answer for this day. */
export async function answeredStepsOn(day: DayKey): Promise<Set<string>> {
  return answeredOn(asExpectations(await getState(STATE_KEYS.expected)), day);
}

/** Keeps the answer for this step on this day (other days' answers go). */
export function keepExpectation(commitmentId: string, day: DayKey, expected: Felt): Promise<void> {
  return updateState<unknown, void>(STATE_KEYS.expected, (stored) => ({
    next: withExpectation(asExpectations(stored), commitmentId, day, expected),
    result: undefined,
  }));
}
