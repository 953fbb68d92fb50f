/** Spanish words of a limited field (utils/copy/limits.ts). */
import { whole } from '@/utils/copy/core';
import { locale, plural } from '@/utils/copy/lang/sentences';

/** A count of characters as the person reads it, in the locale's digits. */
const chars = (n: number): string => new Intl.NumberFormat(locale()).format(whole(n));

/** How many characters are left, when near the limit; as `limitState` in utils/copy/limits.ts. */
function leftNear(used: number, max: number): number | undefined {
  const left = max - used;
  return left <= Math.max(20, Math.round(max / 10)) ? left : undefined;
}

export default {
  limit: {
    /** "Hasta 200 caracteres.", then "… Quedan 12 caracteres.", then that there is no more room. */
    hint: (used: number, max: number): string => {
      const limit = `Hasta ${chars(max)} caracteres.`;
      const left = leftNear(used, max);
      if (left === undefined) return limit;
      if (left <= 0) return `${limit} No queda espacio: lo que pase de ahí se queda fuera.`;
      return `${limit} ${plural(whole(left), { one: 'Queda {n} carácter.', other: 'Quedan {n} caracteres.' })}`;
    },
  },
};
