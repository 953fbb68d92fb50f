/**
 * "How do you think it will go?" before a step is done (issue 28), as this computer keeps it:
 * per step, the day it was asked and the answer, for that day; the day's win takes it as
 * `expected`. Pure; the `state` store keeps it (`STATE_KEYS.expected`, utils/db/expected.ts) and
 * the log's write of a step's win reads it in the same transaction (utils/db/days.ts
 * `addStepWin`).
 *
 * Asked at most once per step per day: an answer for today is the reason not to ask again, even
 * after Done and Undo (the answer stays for the day, and the next win takes it too). A day gone
 * by takes its answers with it, so the record holds at most one day's steps.
 */
import type { DayKey, Felt } from '@/utils/model/types';

/** One step's answer: the local day it is for, and how the person thought it would go. */
export interface Expectation {
  day: DayKey;
  expected: Felt;
}

/** Every step's answer, by commitment id. */
export type Expectations = Record<string, Expectation>;

function isFelt(n: unknown): n is Felt {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** What was stored, read safely: anything malformed is as if never answered. */
export function asExpectations(stored: unknown): Expectations {
  const out: Expectations = {};
  if (!stored || typeof stored !== 'object') return out;
  for (const [id, e] of Object.entries(stored as Record<string, unknown>)) {
    const { day, expected } = (e ?? {}) as Partial<Expectation>;
    if (typeof day === 'string' && isFelt(expected)) out[id] = { day, expected };
  }
  return out;
}

/** The answer for this step on this day, if there is one. */
export function expectationFor(
  all: Expectations,
  commitmentId: string,
  day: DayKey,
): Felt | undefined {
  const found = Object.hasOwn(all, commitmentId) ? all[commitmentId] : undefined;
  return found?.day === day ? found.expected : undefined;
}

/** The record with this step's answer for `day`, and other days' answers gone. */
export function withExpectation(
  all: Expectations,
  commitmentId: string,
  day: DayKey,
  expected: Felt,
): Expectations {
  const next: Expectations = {};
  for (const [id, e] of Object.entries(all)) if (e.day === day) next[id] = e;
  next[commitmentId] = { day, expected };
  return next;
}

/** The steps answered on `day`: the popup asks about the first step not among them. */
export function answeredOn(all: Expectations, day: DayKey): Set<string> {
  return new Set(Object.keys(all).filter((id) => all[id].day === day));
}
