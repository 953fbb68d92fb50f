/**
 * The day's value and the one suggested step the new tab shows. Pure and deterministic: the same
 * log gives the same answer, so the new tab does not change under the user until they act
 * (a win, a skip, a check-in) or the day turns.
 */

import { isHeavyCheckIn, isLowEnergy } from '@/utils/core/heavyDay';
import {
  indexCommitmentDays,
  isHandled,
  isSkipped,
  lastScheduledDays,
} from '@/utils/core/insights';
import { byClockThenAge, isScheduledOn } from '@/utils/core/schedule';
import { type Starters, type StepTemplate, templateFor } from '@/utils/core/templates';
import { addDays } from '@/utils/model/day';
import type { Commitment, DayKey, Entry, Value } from '@/utils/model/types';
import { type Suggestion, type SuggestionReason, sizedSuggestion } from './suggestion';

/** Days before `day` whose wins count as recent attention to a value. */
const ATTENTION_DAYS = 7;
/** Recent scheduled occurrences looked at for skips, and how many skips of those count. */
const SKIP_WINDOW = 3;
const SKIPS_FOR_SMALLER = 2;
/** How far back `suggestStep` reads: enough for `SKIP_WINDOW` weekly occurrences. */
const LOOKBACK_DAYS = SKIP_WINDOW * 7;

/**
 * A 32-bit hash of a string: FNV-1a, then the MurmurHash3 finaliser so the low bits (used with
 * `%` over a handful of choices) are well mixed even for keys that differ only in the last digit.
 */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The value the new tab shows on `day`, or null when there are no values.
 *
 * Only wins from the seven days before `day` are read, so the choice is fixed for the whole day
 * (logging a win today does not flip it). A hash of the day picks among the values with weights
 * leaning toward the value with the fewest recent wins: weight = (most wins of any value) − (this
 * value's wins) + 1, so every value still comes up on some days. Values are taken in id order, so
 * the order of the input array does not matter.
 */
export function dayValue(values: Value[], entries: Entry[], day: DayKey): Value | null {
  if (values.length === 0) return null;
  const from = addDays(day, -ATTENTION_DAYS);
  const wins = new Map<string, number>();
  for (const e of entries) {
    if (e.kind === 'win' && e.valueId && e.day >= from && e.day < day) {
      wins.set(e.valueId, (wins.get(e.valueId) ?? 0) + 1);
    }
  }
  const sorted = [...values].sort(byId);
  const most = Math.max(...sorted.map((v) => wins.get(v.id) ?? 0));
  const weights = sorted.map((v) => most - (wins.get(v.id) ?? 0) + 1);
  const total = weights.reduce((a, w) => a + w, 0);
  let pick = hash32(`value:${day}`) % total;
  for (let i = 0; i < sorted.length; i++) {
    if (pick < weights[i]) return sorted[i];
    pick -= weights[i];
  }
  return sorted[sorted.length - 1];
}

const normalise = (s: string) => s.trim().toLowerCase();

/** Input for `suggestStep`. */
export interface SuggestInput {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  day: DayKey;
  /**
   * The current moment. Deliberately not read: the suggestion depends on the log and the day only,
   * so it stays the same between calls until the user acts.
   */
  now: Date;
  /** "One step for this week" from the weekly review: offered first while it is open today. */
  focusCommitmentId?: string;
}

/**
 * The one step to offer on the new tab. In order:
 *
 * 1. No values yet → `setup` (with a body-basics step, so there is still something doable).
 * 2. The week's one step (`focusCommitmentId`), active and not handled today → it, `due`.
 * 3. An active `first-tab` commitment not yet handled today (no win or skip) → it, `first-tab`.
 * 4. An active commitment scheduled today and not handled, preferring today's value
 *    (`dayValue`), earliest clock time first, then oldest → it, `due`.
 * 5. Today's value has no active commitment → a `starter` step from its template (body basics
 *    when there is none), picked by day, `no-commitment`.
 * 6. Everything planned today is handled (`all-done`) → `rest` when a win was logged today and
 *    energy is low, else an optional `extra` starter step not yet done today (`rest` if none is left).
 *
 * Sizing: on a heavy day (today's latest check-in has mood or energy ≤ 2) the smaller step is
 * offered. A due commitment is also offered smaller when it was set aside in two of its last three
 * scheduled days before today; its reason then says which (`low-energy`, `recent-skips`). Other
 * kinds keep their reason and only change size.
 *
 * Deterministic: no randomness and no reading of `now`. `starters` are the starter values and
 * body basics in the person's language (utils/copy/templates.ts).
 */
export function suggestStep(input: SuggestInput, starters: Starters): Suggestion {
  const { day } = input;
  const bodyBasics = starters.bodyBasics;
  // A value set aside leaves the new tab, and so do its steps (history keeps them).
  const values = input.values.filter((v) => v.status !== 'archived');
  const commitments = input.commitments.filter((c) => values.some((v) => v.id === c.valueId));
  // Only today and the few weeks before it matter; skip the rest of the log once, up front.
  const from = addDays(day, -LOOKBACK_DAYS);
  const recent = input.entries.filter((e) => e.day >= from && e.day <= day);

  let latestCheckin: { id: string; at: number; mood: number; energy: number } | null = null;
  let winToday = false;
  const doneToday = new Set<string>();
  for (const e of recent) {
    if (e.day !== day) continue;
    if (e.kind === 'checkin') {
      // Ties on `at` fall to the id, so the order of the log never changes the answer.
      if (
        !latestCheckin ||
        e.at > latestCheckin.at ||
        (e.at === latestCheckin.at && e.id > latestCheckin.id)
      ) {
        latestCheckin = e;
      }
    } else if (e.kind === 'win') {
      winToday = true;
      if (e.text) doneToday.add(normalise(e.text));
      // A step's win counts its words too, so no extra repeats a step done today.
      if (e.stepText) doneToday.add(normalise(e.stepText));
      const step = e.commitmentId && input.commitments.find((c) => c.id === e.commitmentId);
      if (step) {
        doneToday.add(normalise(step.step));
        if (step.smallerStep) doneToday.add(normalise(step.smallerStep));
      }
    }
  }
  const heavyDay = latestCheckin !== null && isHeavyCheckIn(latestCheckin);
  const lowEnergy = latestCheckin !== null && isLowEnergy(latestCheckin);

  const starter = (
    kind: 'starter' | 'extra' | 'setup',
    reason: SuggestionReason,
    value: Value | null,
    pool: readonly StepTemplate[],
  ): Suggestion | null => {
    // A starter step already logged today (as a free-text win) is not offered again.
    const available = pool.filter(
      (t) => !doneToday.has(normalise(t.step)) && !doneToday.has(normalise(t.smallerStep)),
    );
    if (available.length === 0) return null;
    const t = available[hash32(`step:${day}:${value?.id ?? ''}`) % available.length];
    return sizedSuggestion({ kind, reason, value }, t, heavyDay ? 'smaller' : 'full');
  };

  if (values.length === 0) {
    return (
      starter('setup', 'no-values', null, bodyBasics) ?? {
        kind: 'setup',
        reason: 'no-values',
        value: null,
        step: '',
        size: 'full',
      }
    );
  }

  const valuesById = new Map(values.map((v) => [v.id, v]));
  const index = indexCommitmentDays(recent);
  const active = commitments.filter((c) => c.status === 'active');
  const open = active.filter((c) => !isHandled(index.get(c.id)?.get(day)));

  const offer = (c: Commitment, reason: 'first-tab' | 'due'): Suggestion => {
    const marks = index.get(c.id);
    const skipped = lastScheduledDays(c, day, SKIP_WINDOW).filter((d) =>
      isSkipped(marks?.get(d)),
    ).length;
    const smallerReason: SuggestionReason | null = heavyDay
      ? 'low-energy'
      : skipped >= SKIPS_FOR_SMALLER
        ? 'recent-skips'
        : null;
    // A first-tab step keeps saying why it leads; a due step says why it is smaller.
    const why = reason === 'first-tab' || !smallerReason ? reason : smallerReason;
    const value = valuesById.get(c.valueId) ?? null;
    return sizedSuggestion(
      { kind: 'commitment', reason: why, value, commitment: c },
      c,
      smallerReason ? 'smaller' : 'full',
    );
  };

  const focus = open.find((c) => c.id === input.focusCommitmentId);
  if (focus) return offer(focus, 'due');

  const firstTab = open.filter((c) => c.cue.kind === 'first-tab').sort(byClockThenAge)[0];
  if (firstTab) return offer(firstTab, 'first-tab');

  const value = dayValue(values, recent, day) as Value;
  const due = open.filter((c) => isScheduledOn(c.cue, day)).sort(byClockThenAge);
  const next = due.find((c) => c.valueId === value.id) ?? due[0];
  if (next) return offer(next, 'due');

  const template = templateFor(value.name, starters.values);
  const valueSteps = template && template.steps.length > 0 ? template.steps : bodyBasics;
  if (!active.some((c) => c.valueId === value.id)) {
    const s = starter('starter', 'no-commitment', value, valueSteps);
    if (s) return s;
  }

  const rest: Suggestion = { kind: 'rest', reason: 'all-done', value, step: '', size: 'full' };
  if (winToday && lowEnergy) return rest;
  const extras = valueSteps === bodyBasics ? bodyBasics : [...valueSteps, ...bodyBasics];
  return starter('extra', 'all-done', value, extras) ?? rest;
}
