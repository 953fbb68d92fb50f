/**
 * What counts as correcting an entry. History marks an entry "corrected" when the
 * person changed what it was or when it was: a win's words, step, value or size; a skip's step or
 * value; a check-in's mood, energy or note; its day or time. Saying how a win felt, or why a step
 * was set aside, adds to an entry without correcting it. Every change, either sort, still stamps
 * `updatedAt`; a correction also stamps `correctedAt`.
 */
import type { Entry } from '@/utils/model/types';

const MINUTE = 60_000;

/** The fields of an entry that say what it was, per kind (the time and day are checked apart). */
function whatItWas(e: Entry): unknown[] {
  switch (e.kind) {
    case 'win':
      return [e.text, e.stepText, e.commitmentId, e.valueId, e.size];
    case 'skip':
      return [e.commitmentId, e.valueId];
    case 'checkin':
      return [e.mood, e.energy, e.note];
    default: {
      const never: never = e;
      return [never];
    }
  }
}

/**
 * Whether `after` corrects `before` (the same entry): another kind, day or time (to the minute,
 * as History edits it), or other words, step, value, size, mood, energy or note.
 */
export function isCorrection(before: Entry, after: Entry): boolean {
  if (before.kind !== after.kind || before.day !== after.day) return true;
  if (Boolean(before.untimed) !== Boolean(after.untimed)) return true;
  if (Math.floor(before.at / MINUTE) !== Math.floor(after.at / MINUTE)) return true;
  const was = whatItWas(before);
  const is = whatItWas(after);
  return was.some((field, i) => field !== is[i]);
}

/**
 * When an entry stored before `correctedAt` existed was corrected, read from what it holds. Then
 * `updatedAt` was stamped by a History edit, by "How did it feel?" or by a skip's reason, and a
 * History edit dropped a win's `felt`. So a win with `felt` or a skip with a reason was most likely
 * only answered, not corrected; any other entry with `updatedAt` was corrected in History. The
 * database migration (version 5) and reading an older backup file apply it once.
 */
export function correctedAtOfOld(e: Entry): number | undefined {
  if (e.correctedAt !== undefined) return e.correctedAt;
  if (e.updatedAt === undefined) return undefined;
  if (e.kind === 'win' && e.felt !== undefined) return undefined;
  if (e.kind === 'skip' && e.reason !== undefined) return undefined;
  return e.updatedAt;
}
