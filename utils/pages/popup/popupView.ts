import { evidence } from '../../core/insights';
import { byClockThenAge, isScheduledOn } from '../../core/schedule';
import { dayKey } from '../../model/day';
import type { Commitment, Entry, Value } from '../../model/types';
import { loadToday } from '../newtab/loadToday';

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
  const steps = input.commitments
    .filter((c) => c.status === 'active' && isScheduledOn(c.cue, input.day))
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
    commitments: input.commitments,
    steps,
    today,
    winsToday: counts.today,
    winsWeek: counts.week,
  };
}

/** Reads the popup's data through the indexes. */
export async function loadPopup(now = new Date()): Promise<PopupData> {
  const input = await loadToday(now);
  // `loadToday` reads the last three weeks, which covers this calendar week.
  return popupView({ ...input, day: dayKey(now), firstDayOfWeek: input.settings.firstDayOfWeek });
}
