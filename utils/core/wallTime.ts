/**
 * A local wall time on a calendar day as a moment, resolved across daylight-saving changes as
 * calendar apps do; the schedule's days and times stand on it (schedule.ts).
 */

/** Whether `d` reads, on the local clock, as exactly this wall time. */
function showsWallTime(d: Date, y: number, m: number, day: number, h: number, min: number) {
  return (
    d.getFullYear() === y &&
    d.getMonth() === m &&
    d.getDate() === day &&
    d.getHours() === h &&
    d.getMinutes() === min
  );
}

/**
 * The moment a local wall time happens on a calendar day, resolved as calendar apps do:
 * - a time skipped by a spring-forward gap is shifted forward by the gap's length
 *   (02:30 → 03:30 for a one-hour gap; 02:15 → 02:45 for Lord Howe's 30-minute gap);
 * - a time that happens twice (fall back) resolves to its first instance.
 *
 * ECMAScript now specifies exactly this for `new Date(y, m, d, h, min)`, but older engines
 * differed, so both cases are detected and resolved here rather than trusted to the engine.
 */
export function atWallTime(y: number, m: number, day: number, minutes: number): Date {
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  const local = new Date(y, m, day, h, min);
  // The UTC offset in force before any transition on this day: yesterday at the same wall time
  // is earlier than today's transition (a gap or overlap is far shorter than a day).
  const offsetBefore = new Date(y, m, day - 1, h, min).getTimezoneOffset();
  // The wall time read with that earlier offset. In a gap this lands `gap` minutes later on the
  // clock (the shift we want); in an overlap it is the first of the two instances.
  const withOffsetBefore = new Date(Date.UTC(y, m, day, h, min) + offsetBefore * 60_000);
  if (!showsWallTime(local, y, m, day, h, min)) return withOffsetBefore; // a gap
  if (
    withOffsetBefore.getTime() < local.getTime() &&
    showsWallTime(withOffsetBefore, y, m, day, h, min)
  ) {
    return withOffsetBefore; // an overlap where the engine chose the second instance
  }
  return local;
}
