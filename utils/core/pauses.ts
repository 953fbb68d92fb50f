/**
 * A commitment's pauses: pausing keeps its dates, so paused days count neither for nor against
 * its "Lately" band. Pure functions over the commitment.
 */
import { addDays, dayKey, daysInRange } from '@/utils/model/day';
import type { Commitment, CommitmentStatus, DayKey } from '@/utils/model/types';

/**
 * The commitment with a new status, its pauses kept: pausing opens a pause at `now`, and any
 * other status closes an open one. The same status changes nothing.
 */
export function withStatus(c: Commitment, status: CommitmentStatus, now: number): Commitment {
  if (status === c.status) return c;
  const pauses = [...(c.pauses ?? [])];
  const open = pauses.length > 0 && pauses[pauses.length - 1].to === undefined;
  if (status === 'paused' && !open) pauses.push({ from: now });
  if (status !== 'paused' && open)
    pauses[pauses.length - 1] = { ...pauses[pauses.length - 1], to: now };
  return { ...c, status, ...(pauses.length > 0 ? { pauses } : {}) };
}

/**
 * Every local day a commitment spent paused, up to `today`: from the day a pause began to the
 * day before it ended (the day it was resumed counts again), or to today while it goes on.
 */
export function pausedDays(c: Pick<Commitment, 'pauses'>, today: DayKey): Set<DayKey> {
  const days = new Set<DayKey>();
  for (const pause of c.pauses ?? []) {
    const from = dayKey(pause.from);
    const to = pause.to === undefined ? today : addDays(dayKey(pause.to), -1);
    for (const day of daysInRange(from, to < today ? to : today)) days.add(day);
  }
  return days;
}
