/**
 * What makes a day a heavy one, written once: the popup's kind reply after a check-in and the
 * suggestion (smaller steps, body basics) both follow it.
 */

/** Mood or energy at or below this (on 1–5) makes the day a heavy one. */
export const HEAVY_AT = 2;

/** Whether a check-in says the day is heavy: low mood or low energy. */
export function isHeavyCheckIn(checkIn: { mood: number; energy: number }): boolean {
  return checkIn.mood <= HEAVY_AT || checkIn.energy <= HEAVY_AT;
}

/** Whether a check-in says energy is low (the suggestion then leans to body basics). */
export function isLowEnergy(checkIn: { energy: number }): boolean {
  return checkIn.energy <= HEAVY_AT;
}
