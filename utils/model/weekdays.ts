/** The days of the week, as numbers (Sunday = 0, as `Date.getDay()`), written once. */
import type { Weekday } from './types';

/** Every weekday, Sunday first. */
export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** Monday first, the way most people read a week. */
export const WEEK_FROM_MONDAY: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/** Monday to Friday. */
export const WORKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

/** Whether a value is a weekday number. */
export function isWeekday(n: unknown): n is Weekday {
  return typeof n === 'number' && WEEKDAYS.includes(n as Weekday);
}
