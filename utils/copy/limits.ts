/**
 * Words of a limited field: every field that holds a limited text says its limit
 * before it cuts anything, and counts down near it. Said on the Options page and, after its first
 * frame, the new tab's offers (components/shared/FieldLimit.tsx), so a module of its own.
 */
import { composes, words } from '@/utils/copy/lang/words';
import { limitState } from '@/utils/model/limits';
import { whole } from './core';
import { fill, locale, type PluralForms, plural } from './lang/sentences';

/** A count of characters as the person's locale writes it: "1,000"; "1000" in Spanish. */
const chars = (n: number): string => new Intl.NumberFormat(locale()).format(whole(n));

/** The words of a limited field. */
export const limitCopy = /* @__PURE__ */ words('limits', {
  limit: {
    upToText: 'Up to {max} characters.',
    /** How many are left, near the limit. */
    leftText: { one: '{n} character left.', other: '{n} characters left.' } as PluralForms,
    full: 'No more room: anything longer is left out.',
    /** "Up to 200 characters.", then "… 12 characters left.", then that there is no more room. */
    hint: composes((used: number, max: number): string => {
      const w = limitCopy.limit;
      const limit = fill(w.upToText, { max: chars(max) });
      const state = limitState(used, max);
      if (state === 'far') return limit;
      if (state === 'full') return `${limit} ${w.full}`;
      return `${limit} ${plural(whole(max - used), w.leftText)}`;
    }),
  },
});
