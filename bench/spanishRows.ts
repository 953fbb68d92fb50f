import { BUDGETS, kb, type PageSize } from '../tests/support/sizes';
import { goal, ms, spread } from './format';
import { added, type StartupJs } from './startupJs';
import { pairedRatio, type Ratio, ratioOfMedians, type Timing, timing } from './stats';

/**
 * The five years in Spanish beside the same five years in English (issue 25): the new tab's and
 * the popup's live ÷ static from the same interleaved rounds (`real:spanish`, `static:spanish`),
 * and the JavaScript each page loads before its first render in either language. The rows go
 * into the NEW TAB, POPUP and SIZE sections beside the English ones.
 */

/** One page on the Spanish profile. */
export interface SpanishPage {
  real: Timing;
  static: Timing;
  /** Live ÷ static, paired round by round. */
  realOverStatic: Ratio;
  /** Spanish ÷ English live page (five years each), median ÷ median per repeat. */
  overEnglish: Ratio;
  /** The same for the static pages: what the two browsers account for on their own. */
  staticOverEnglish: Ratio;
}

/** The scripts the new tab and the popup load before their first render. */
export interface PagesStartup {
  newtab: StartupJs;
  popup: StartupJs;
}

const PAGES = ['newtab', 'popup'] as const;
const BUDGET = { newtab: BUDGETS.newtabJsGzip, popup: BUDGETS.popupJsGzip };

/** What bench/results.json keeps of the Spanish profile. */
export interface SpanishResult {
  newtab: SpanishPage;
  popup: SpanishPage;
  /** The page the toolbar opens right after the import (`action.getPopup`; see bench/spanish.ts). */
  toolbarPopupAfterImport: string;
  /** Recorded on the five-year profiles, English and Spanish (bench/startupJs.ts). */
  startup: { english: PagesStartup; spanish: PagesStartup };
}

/** The Spanish page's figures from the rounds, timed by `pick` as the English page is. */
export function spanishPage<T>(
  raw: Record<string, T[][]>,
  pick: (s: T) => number | null,
): SpanishPage {
  const values = (key: string) => raw[key].map((loads) => loads.map(pick));
  const real = timing(values('real:spanish'));
  const stat = timing(values('static:spanish'));
  return {
    real,
    static: stat,
    realOverStatic: pairedRatio(values('real:spanish'), values('static:spanish')),
    overEnglish: ratioOfMedians(real, timing(values('real:fiveYears'))),
    staticOverEnglish: ratioOfMedians(stat, timing(values('static:fiveYears'))),
  };
}

/** Rows for a page's grid (profile, page, median, p95, live ÷ static, goal): Spanish. */
export function spanishRows(page: SpanishPage, goalRatio: number): string[][] {
  const q = page.realOverStatic;
  return [
    [
      'five years, Spanish',
      'live',
      ms(page.real.median),
      ms(page.real.p95),
      spread(q),
      goal(q.median <= goalRatio, `≤ ${goalRatio.toFixed(1)}×`),
    ],
    ['', 'static', ms(page.static.median), ms(page.static.p95), '', ''],
  ];
}

/** Rows for the same grid, under five years ÷ empty: Spanish ÷ English, and its control. */
export function overEnglishRows(page: SpanishPage): string[][] {
  return [
    ['Spanish ÷ English', 'live', '', '', spread(page.overEnglish), '(no goal)'],
    ['', 'static', '', '', spread(page.staticOverEnglish), '(control)'],
  ];
}

/**
 * SIZE rows (page, JS gzip, JS raw, CSS gzip, CSS raw, lazy JS gzip, budget) for the Spanish
 * pages' recorded start-up. The English budgets are shown for scale, not as Spanish's limit.
 */
export function spanishSizeRows(startup: SpanishResult['startup']): string[][] {
  return PAGES.map((page) => {
    const es = startup.spanish[page].gzip;
    const budget = BUDGET[page];
    return [
      `${page}, Spanish (recorded)`,
      kb(es),
      kb(startup.spanish[page].raw),
      '',
      '',
      '',
      `English's JS ≤ ${kb(budget)}: ${es <= budget ? 'within' : `over by ${kb(es - budget)}`}`,
    ];
  });
}

/** Lines under SIZE: the files Spanish adds before the first render, by chunk name. */
export function spanishAddedLines(startup: SpanishResult['startup']): string[] {
  return [
    '  What Spanish adds before the first render (chunks named after their source file):',
    ...PAGES.map((page) => {
      const more = added(startup.spanish[page], startup.english[page]);
      const names = more.map((f) => f.path.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''));
      return `    ${page} +${kb(more.reduce((n, f) => n + f.gzip, 0))}: ${names.join(', ')}`;
    }),
  ];
}

/**
 * A line under SIZE: the recorded English start-up beside the import graph's reading, which the
 * budgets are asserted on; the two should agree, or the recording (or the reading) is off.
 */
export function startupCheck(english: PagesStartup, sizes: Record<string, PageSize>): string {
  const names = (files: { path: string }[]) =>
    files
      .map((f) => f.path)
      .sort()
      .join(' ');
  const off = PAGES.filter((p) => names(english[p].files) !== names(sizes[p].js.files));
  if (!off.length) {
    return '  Recorded before the first render in the page (bench/startupJs.ts); in English the same files as the import graph.';
  }
  return `  Recorded before the first render in the page (bench/startupJs.ts); in English it differs from the import graph: ${off
    .map((p) => `${p} ${kb(english[p].gzip)} recorded, ${kb(sizes[p].js.gzip)} read`)
    .join('; ')}.`;
}
