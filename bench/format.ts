import type { Ratio } from './stats';

/**
 * How the bench's table writes its figures: times in ms, ratios with their spread over the
 * repeats, goals met or missed, and the columns lined up.
 */

/** A time in ms with one decimal, or `n/a`. */
export const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');

/** A ratio with two decimals, or `n/a`. */
export const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');

/** A ratio and the range of its per-repeat values. */
export const spread = (q: Ratio) => `${x(q.median)} (${q.min.toFixed(2)}–${q.max.toFixed(2)})`;

/** A goal, and whether it was met. */
export const goal = (ok: boolean, text: string) => `${text} ${ok ? 'met' : 'MISSED'}`;

/** Left-aligned first columns, right-aligned numbers, two spaces apart. */
export function grid(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => [...(row[c] ?? '')].length)));
  const numeric = (s: string) => /^[\d.]+ ?(ms|KB|×)/.test(s);
  return rows.map(
    (row, r) =>
      `  ${row
        .map((cell, c) => {
          const pad = ' '.repeat(widths[c] - [...cell].length);
          return r > 0 && numeric(cell) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd()}`,
  );
}
