import { PROFILES } from './config';
import { goal, grid, ms, spread } from './format';
import { pairedRatio, type Ratio, ratioOfMedians, type Timing, timing } from './stats';

/**
 * A page against its static copy on both profiles, as the new tab and the popup are measured:
 * the figures from the rounds' samples, and the table section that prints them.
 */

/** One page's figures: live and static per profile, and the ratios between them. */
export interface PageResult {
  metric: string;
  real: Record<string, Timing>;
  static: Record<string, Timing>;
  /** Live ÷ static, paired round by round (see `pairedRatio`). */
  realOverStatic: Record<string, Ratio>;
  /** Live ÷ static as median ÷ median per repeat, kept in bench/results.json to compare the two
   * measures on the same samples. */
  realOverStaticOfMedians: Record<string, Ratio>;
  fiveYearsOverEmpty: Ratio;
  /**
   * The static pages' five years ÷ empty: a control. The two profiles run in separate browsers,
   * and a static page does no work with the data, so this is what the browsers alone account
   * for.
   */
  staticFiveYearsOverEmpty: Ratio;
}

/**
 * The figures from the samples of `real:<profile>` and `static:<profile>`, timed by `pick`, or
 * by `fallback` for every page when the live pages do not report `pick` on nearly every load.
 */
export function summarise<T>(
  raw: Record<string, T[][]>,
  pick: (s: T) => number | null,
  fallback: ((s: T) => number | null) | null,
  label: string,
): PageResult {
  const live = PROFILES.flatMap((p) => raw[`real:${p}`].flat());
  const useFallback =
    fallback !== null && live.filter((s) => pick(s) !== null).length < 0.9 * live.length;
  const value = (s: T) => (useFallback && fallback ? fallback(s) : pick(s));
  const values = (key: string) => raw[key].map((loads) => loads.map(value));
  const real: Record<string, Timing> = {};
  const stat: Record<string, Timing> = {};
  const realOverStatic: Record<string, Ratio> = {};
  const realOverStaticOfMedians: Record<string, Ratio> = {};
  for (const p of PROFILES) {
    real[p] = timing(values(`real:${p}`));
    stat[p] = timing(values(`static:${p}`));
    realOverStatic[p] = pairedRatio(values(`real:${p}`), values(`static:${p}`));
    realOverStaticOfMedians[p] = ratioOfMedians(real[p], stat[p]);
  }
  return {
    metric: useFallback ? 'first-contentful-paint (no element timing on the live page)' : label,
    real,
    static: stat,
    realOverStatic,
    realOverStaticOfMedians,
    fiveYearsOverEmpty: ratioOfMedians(real.fiveYears, real.empty),
    staticFiveYearsOverEmpty: ratioOfMedians(stat.fiveYears, stat.empty),
  };
}

/**
 * The table section for one page: live and static per profile, against `goalRatio`; `more` rows
 * (the Spanish profile's) go after the profiles' and `moreRatios` after five years ÷ empty.
 */
export function pageLines(
  title: string,
  res: PageResult,
  goalRatio: number,
  more: { rows: string[][]; ratios: string[][] } = { rows: [], ratios: [] },
): string[] {
  const lines: string[] = [];
  lines.push('');
  lines.push(title);
  const rows: string[][] = [['profile', 'page', 'median', 'p95', 'live ÷ static', 'goal']];
  for (const p of PROFILES) {
    const q = res.realOverStatic[p];
    rows.push([
      p === 'empty' ? 'empty' : 'five years',
      'live',
      ms(res.real[p].median),
      ms(res.real[p].p95),
      spread(q),
      goal(q.median <= goalRatio, `≤ ${goalRatio.toFixed(1)}×`),
    ]);
    rows.push(['', 'static', ms(res.static[p].median), ms(res.static[p].p95), '', '']);
  }
  rows.push(...more.rows);
  const scale = res.fiveYearsOverEmpty;
  rows.push([
    'five years ÷ empty',
    'live',
    '',
    '',
    spread(scale),
    goal(scale.median <= 1.1, '≤ 1.1×'),
  ]);
  rows.push(['', 'static', '', '', spread(res.staticFiveYearsOverEmpty), '(control)']);
  rows.push(...more.ratios);
  lines.push(...grid(rows));
  return lines;
}
