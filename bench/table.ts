import { BUDGETS, kb, PAGES, type PageSize } from '../tests/support/sizes';
import { type ColdResult, coldLines } from './coldRounds';
import { LOADS, POPUP_LOADS, REPEATS } from './config';
import { darkLines, type FirstFrame } from './darkFrame';
import { goal, grid, ms } from './format';
import { type HistoryResult, historyLines } from './history';
import type { InsightFigures } from './insights';
import { newtabLines, type TimeGoes } from './newtab';
import type { PageResult } from './pageResult';
import { type PeerResult, peerLines } from './peer';
import { popupLines } from './popup';
import {
  type SpanishResult,
  spanishAddedLines,
  spanishSizeRows,
  startupCheck,
} from './spanishRows';
import type { Stats } from './stats';
import type { StorageLimit } from './storageLimit';
import { type SyncResult, syncLines } from './sync';
import { type SyncLogResult, syncLogLines } from './syncLog';

/**
 * The table `npm run bench` prints: a header on the machine and the method, then one section per
 * measurement (each built beside what it measures), five years of data, the pages' sizes and the
 * time each section of the run took.
 */

/** What the table reads of the run's results (bench/results.json holds more). */
export interface Results {
  chromium: string;
  cpus: number;
  loadAverage: number[];
  newtab: PageResult;
  newtabTimeGoes: TimeGoes;
  peer: PeerResult | { skipped: string };
  cold: ColdResult;
  popup: PageResult;
  /** The five years in Spanish, beside the English (bench/spanishRows.ts). */
  spanish: SpanishResult;
  darkFirstFrame: Record<string, FirstFrame[]>;
  history: HistoryResult;
  fiveYears: {
    entries: number;
    backupBytes: number;
    importMs: number;
    importWallMs: number;
    importCheckMs: number;
    importWriteMs: number;
    importAskedToConfirm: boolean;
    exportMs: number;
    limit: StorageLimit;
    /** Options → weekly review with Patterns and 12-week charts, navigation → painted. */
    review: { stats: Stats; samples: (number | null)[] };
    insights: InsightFigures;
  };
  sync: SyncResult;
  syncLog: SyncLogResult;
  sizes: Record<string, PageSize>;
  sections: Record<string, number>;
  seconds: number;
}

/** The whole table, as one string for stdout. */
export function table(r: Results): string {
  const lines: string[] = [];
  lines.push('');
  lines.push(
    `Footholds bench · ${r.chromium} · ${r.cpus} cores · ${REPEATS} repeats × ${LOADS} loads per new tab, ${POPUP_LOADS} per popup, interleaved in fresh tabs`,
  );
  const [loadStart, loadEnd] = r.loadAverage;
  lines.push(
    `Load average ${loadStart.toFixed(1)} at start, ${loadEnd.toFixed(1)} at end${
      Math.max(loadStart, loadEnd) > r.cpus
        ? ': the machine was busy, so absolute times are inflated and ratios noisier'
        : ''
    }.`,
  );
  lines.push(
    'Times are from navigation start. Each figure is the median over repeats of that repeat’s median (or p95);',
  );
  lines.push(
    'live ÷ static: the median of (live ÷ static) over every round of every repeat (each round loads both, side',
  );
  lines.push(
    'by side), with the range of the per-repeat medians; other ratios: per repeat, then the median over repeats.',
  );

  lines.push(...newtabLines(r.newtab, r.newtabTimeGoes, r.spanish.newtab));
  lines.push(...peerLines(r.peer));
  lines.push(...coldLines(r.cold));
  lines.push(...popupLines(r.popup, r.spanish.popup));
  lines.push(...historyLines(r.history));
  lines.push(...darkLines(r.darkFirstFrame));
  lines.push(...syncLines(r.sync));
  lines.push(...syncLogLines(r.syncLog));

  const y = r.fiveYears;
  const i = y.insights;
  lines.push('');
  lines.push(
    `FIVE YEARS OF DATA · ${y.entries.toLocaleString('en')} entries, ${kb(y.backupBytes)} backup`,
  );
  lines.push(
    ...grid([
      ['what', 'time', 'goal'],
      [
        y.importAskedToConfirm
          ? 'import via Options (file chosen → asked + confirmed → status)'
          : 'import via Options (file chosen → status shown)',
        ms(y.importMs),
        '',
      ],
      ...(y.importAskedToConfirm
        ? [
            ['  read and check the file (until asked)', ms(y.importCheckMs), ''],
            ['  replace what is stored (confirm → status)', ms(y.importWriteMs), ''],
          ]
        : []),
      ['export via Options (click → download complete)', ms(y.exportMs), ''],
      [
        'import + export',
        ms(y.importMs + y.exportMs),
        goal(y.importMs + y.exportMs < 2000, '< 2 s'),
      ],
      [
        '  floor: JSON.parse + bare IndexedDB puts by day, no app',
        ms(y.limit.parseMs + y.limit.writeMs),
        '',
      ],
      ['    the same puts one per entry, 3 indexes (version 1)', ms(y.limit.writePerEntryMs), ''],
      [
        '  floor: bare getAll + JSON.stringify, no app',
        ms(y.limit.readMs + y.limit.stringifyMs),
        '',
      ],
      [
        `weekly review with Patterns and 12-week charts (navigation → painted, median of ${y.review.stats.n})`,
        ms(y.review.stats.median),
        goal(y.review.stats.median < 300, '< 300 ms'),
      ],
      ['  p95', ms(y.review.stats.p95), ''],
      [
        'weekly review, all five years (Node)',
        ms(i.weeklyReview.medianMs),
        goal(i.weeklyReview.medianMs < 50, '< 50 ms'),
      ],
      ['evidence counts (Node)', ms(i.evidence.medianMs), ''],
      ['consistency, all 40 commitments (Node)', ms(i.consistencyAll.medianMs), ''],
      ['grow/shrink offers (Node)', ms(i.growShrinkOffers.medianMs), ''],
      ['mood beside activity, all 10 values (Node)', ms(i.moodByValueAll.medianMs), ''],
      ['all insights above together (Node)', ms(i.insightsTotal.medianMs), ''],
      ['parseBackup of the file (Node)', ms(i.parseBackup.medianMs), ''],
    ]),
  );

  lines.push('');
  lines.push('SIZE · what each page loads at start (gzip -9 per file; 1 KB = 1000 bytes)');
  const sizeRows: string[][] = [
    ['page', 'JS gzip', 'JS raw', 'CSS gzip', 'CSS raw', 'lazy JS gzip', 'budget'],
  ];
  for (const page of PAGES) {
    const s = r.sizes[page];
    const budget =
      page === 'newtab'
        ? goal(s.js.gzip <= BUDGETS.newtabJsGzip, `JS ≤ ${kb(BUDGETS.newtabJsGzip)}`)
        : page === 'popup'
          ? goal(s.js.gzip <= BUDGETS.popupJsGzip, `JS ≤ ${kb(BUDGETS.popupJsGzip)}`)
          : page === 'options'
            ? goal(s.js.gzip <= BUDGETS.optionsJsGzip, `JS ≤ ${kb(BUDGETS.optionsJsGzip)}`)
            : '';
    sizeRows.push([
      page,
      kb(s.js.gzip),
      kb(s.js.raw),
      s.css.files.length ? kb(s.css.gzip) : '—',
      s.css.files.length ? kb(s.css.raw) : '—',
      s.lazyJs.files.length ? kb(s.lazyJs.gzip) : '—',
      budget,
    ]);
  }
  sizeRows.push(...spanishSizeRows(r.spanish.startup));
  lines.push(...grid(sizeRows));
  lines.push(startupCheck(r.spanish.startup.english, r.sizes));
  lines.push(...spanishAddedLines(r.spanish.startup));

  lines.push('');
  lines.push('TIME PER SECTION · wall clock, s');
  const sectionRows = [['section', 'time']];
  for (const [name, seconds] of Object.entries(r.sections)) {
    sectionRows.push([name, `${seconds.toFixed(1)} s`]);
  }
  sectionRows.push(['whole bench', `${r.seconds.toFixed(1)} s`]);
  lines.push(...grid(sectionRows));
  lines.push('');
  return lines.join('\n');
}
