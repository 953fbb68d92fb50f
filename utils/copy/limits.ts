import { words } from '@/utils/copy/lang/words';
import { whole } from './core';

/** A count of characters as the person reads it: "1,000". */
const chars = (n: number): string => whole(n).toLocaleString('en');

/** How close to its limit a field is: far (only the limit), near (a count), or full. */
export type LimitState = 'far' | 'near' | 'full';

/**
 * How close `used` characters are to `max`: near within the last tenth (at least the last 20),
 * full at the limit. Pure, so the words and the field agree.
 */
export function limitState(used: number, max: number): LimitState {
  const left = max - used;
  if (left <= 0) return 'full';
  return left <= Math.max(20, Math.round(max / 10)) ? 'near' : 'far';
}

/**
 * Words of a limited field: every field that holds a limited text says its limit
 * before it cuts anything, and counts down near it. Said on the Options page and, after its first
 * frame, the new tab's offers (components/shared/FieldLimit.tsx), so a module of its own.
 */
export const limitCopy = /* @__PURE__ */ words('limits', {
  limit: {
    /** "Up to 200 characters.", then "… 12 characters left.", then that there is no more room. */
    hint: (used: number, max: number): string => {
      const limit = `Up to ${chars(max)} characters.`;
      const state = limitState(used, max);
      if (state === 'far') return limit;
      if (state === 'full') return `${limit} No more room: anything longer is left out.`;
      const left = whole(max - used);
      return `${limit} ${chars(left)} ${left === 1 ? 'character' : 'characters'} left.`;
    },
  },
} as const);
