/**
 * The bench's statistics: medians and p95s per repeat, ratios between pages. Kept apart from the
 * measuring so the table's arithmetic can be read in one place.
 */

/** Median, p95 and count of one list of samples. */
export interface Stats {
  median: number;
  p95: number;
  n: number;
}

/** One figure over the repeats. */
export interface Timing {
  /** One entry per repeat: the stats of that repeat's loads. */
  repeats: Stats[];
  /** Median over repeats of the repeat medians, and of the repeat p95s. */
  median: number;
  p95: number;
  samples: number[][];
}

/** A ratio between two figures, with its spread over the repeats. */
export interface Ratio {
  /** The ratio: see `ratioOfMedians` and `pairedRatio` for how each is taken. */
  median: number;
  /** Smallest and largest per-repeat value. */
  min: number;
  max: number;
  perRepeat: number[];
}

/** `Timing` of samples per repeat (nulls dropped). */
export function timing(perRepeat: (number | null)[][]): Timing {
  const samples = perRepeat.map((loads) => loads.filter((v): v is number => v !== null));
  const repeats = samples.map(stats);
  return {
    repeats,
    median: median(repeats.map((s) => s.median)),
    p95: median(repeats.map((s) => s.p95)),
    samples: samples.map((list) => list.map((v) => Math.round(v * 10) / 10)),
  };
}

/**
 * Median A ÷ median B within each repeat, then the median over repeats. For pages that were not
 * loaded in pairs (two profiles, two extensions: separate browsers taking turns in blocks).
 */
export function ratioOfMedians(a: Timing, b: Timing): Ratio {
  return spread(
    a.repeats.map((s, i) => s.median / b.repeats[i].median),
    null,
  );
}

/**
 * Per-round pairing: every round loads the live page and then its static copy, so
 * `live[r][i] / static[r][i]` compares two loads a moment apart, cancelling whatever the
 * machine was doing then. The ratio is the median of these over every counted round of every
 * repeat together; the range is the per-repeat medians. Rounds missing either figure are left
 * out. Paint times come in 4 ms steps, so a ratio of two medians moves in coarse steps (4 ms over
 * the page's paint time); the median of per-round ratios does not.
 */
export function pairedRatio(live: (number | null)[][], base: (number | null)[][]): Ratio {
  return paired(live, base, (a, b) => a / b);
}

/** Median of `live − static` over every counted round, like `pairedRatio`, in ms. */
export function pairedDifference(live: (number | null)[][], base: (number | null)[][]): Ratio {
  return paired(live, base, (a, b) => a - b);
}

function paired(
  live: (number | null)[][],
  base: (number | null)[][],
  op: (a: number, b: number) => number,
): Ratio {
  const perRepeat = live.map((loads, r) =>
    loads.flatMap((a, i) => {
      const b = base[r]?.[i];
      return a !== null && b !== null && b !== undefined && b > 0 ? [op(a, b)] : [];
    }),
  );
  return spread(perRepeat.map(median), median(perRepeat.flat()));
}

function spread(perRepeat: number[], pooled: number | null): Ratio {
  const finite = perRepeat.filter(Number.isFinite);
  return {
    median: pooled ?? median(perRepeat),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    perRepeat,
  };
}

/** Median, p95 (nearest rank) and count. */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((x, y) => x - y);
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? Number.NaN;
  return { median: median(sorted), p95, n: sorted.length };
}

/** Median (mean of the middle two for an even count); NaN for none. */
export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
