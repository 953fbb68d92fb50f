/** What the popup shows, derived from what was read (pure). */
import { evidence } from '../../core/insights';
import { byClockThenAge, isScheduledOn } from '../../core/schedule';
import type { Commitment, Entry, Value } from '../../model/types';

/** One of today's steps in the popup, with what was logged for it today. */
export interface PopupStep {
  commitment: Commitment;
  value: Value | undefined;
  /** Today's win or skip for it, newest first, if any. */
  logged: Entry | undefined;
}

/** What the popup shows. */
export interface PopupData {
  values: Value[];
  /** The values not set aside: what a win may be for. */
  inUse: Value[];
  commitments: Commitment[];
  steps: PopupStep[];
  today: Entry[];
  winsToday: number;
  winsWeek: number;
}

/** Builds the popup's data from what was read (pure; exported for tests). */
export function popupView(input: {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  day: string;
  firstDayOfWeek: Parameters<typeof evidence>[2];
}): PopupData {
  const today = input.entries.filter((e) => e.day === input.day).sort((a, b) => a.at - b.at);
  // A value set aside leaves the picker and today's steps; today's log still names it.
  const inUse = input.values.filter((v) => v.status !== 'archived');
  const steps = input.commitments
    .filter(
      (c) =>
        c.status === 'active' &&
        inUse.some((v) => v.id === c.valueId) &&
        isScheduledOn(c.cue, input.day),
    )
    .sort(byClockThenAge)
    .map((commitment) => ({
      commitment,
      value: input.values.find((v) => v.id === commitment.valueId),
      logged: [...today]
        .reverse()
        .find((e) => e.kind !== 'checkin' && e.commitmentId === commitment.id),
    }));
  const counts = evidence(input.entries, input.day, input.firstDayOfWeek);
  return {
    values: input.values,
    inUse,
    commitments: input.commitments,
    steps,
    today,
    winsToday: counts.today,
    winsWeek: counts.week,
  };
}
