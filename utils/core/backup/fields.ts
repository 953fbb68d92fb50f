/**
 * The backup file's field rules that several parts share (texts, ids, dates and times), as
 * valibot schemas with their fault codes: apart from `schema.ts`, so a part kept in its own file
 * (the plan for hard days, `hardDays.ts`) uses the same rules.
 */
import * as v from 'valibot';
import { CLOCK_TIME } from '@/utils/model/day';
import { LIMITS } from '@/utils/model/limits';
import { fault } from './problems';

/**
 * The latest time a backup holds: 9999-12-31T00:00Z. Every local day up to it has a four-digit
 * year in every time zone, so a day filled in from a time always passes the day rule and the
 * export re-imports (else a time in the year 275760 would be taken, and its export refused).
 */
export const LATEST_TIME = 253_402_214_400_000;

/**
 * A file's -0 is written back as 0, so it is read as 0: every accepted file
 * round-trips, to the same data.
 */
export const noMinusZero = v.transform((n: number) => (n === 0 ? 0 : n));

/** Text of at most `max` characters. */
export const text = (max: number) =>
  v.pipe(v.string(fault({ code: 'text' })), v.maxLength(max, fault({ code: 'tooLong', max: max })));

/** Text of at most `max` characters, with something in it. */
export const filledText = (max: number) =>
  v.pipe(
    v.string(fault({ code: 'text' })),
    v.check((s) => s.trim().length > 0, fault({ code: 'empty' })),
    v.maxLength(max, fault({ code: 'tooLong', max: max })),
  );

/** An id: text with something in it. */
export const id = filledText(LIMITS.id);

/** A date and time as the file writes it: milliseconds since 1970, said as "a date and time". */
export const epochMs = v.pipe(
  v.number(fault({ code: 'date' })),
  v.integer(fault({ code: 'date' })),
  v.minValue(0, fault({ code: 'before1970' })),
  v.maxValue(LATEST_TIME, fault({ code: 'farFuture' })),
  noMinusZero,
);

/** A local clock time as the file writes it, `HH:MM`. */
export const clock = v.pipe(
  v.string(fault({ code: 'clock' })),
  v.regex(CLOCK_TIME, fault({ code: 'clock' })),
);
/** A weekday number, 0 (Sunday) to 6, with the fault to say when it is not one. */
export const weekdayAs = (message: string) =>
  v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(0, message),
    v.maxValue(6, message),
    noMinusZero,
  );
/** Weekdays, each once. */
export const weekdays = v.pipe(
  v.array(weekdayAs(fault({ code: 'weekdays' })), fault({ code: 'weekdayList' })),
  v.maxLength(7, fault({ code: 'weekdayTwice' })),
  v.check((d) => new Set(d).size === d.length, fault({ code: 'weekdayTwice' })),
);
