import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { BUDGETS, kb, measureSizes, PAGES, type PageSize } from '../tests/support/sizes';
import { copy } from '../utils/copy';
import {
  type Bench,
  browserVersion,
  captureRendered,
  type FirstFrame,
  firstFrameDark,
  freshProfile,
  launchBench,
  loadForPaint,
  loadForUsable,
  type PaintSample,
  readBuilt,
  SENTINEL_PAGE,
  STATEMENT,
  type StorageLimit,
  storageLimit,
  type UsableSample,
  WIN_LABEL,
} from './browser';
import { type InsightFigures, insightFigures, validate } from './insights';
import { fiveYearBackup } from './seed';
import { makeBenchCopy, staticPage, writePage } from './staticPage';

/**
 * `npm run bench` (issue 6): the built new tab and popup against a static page with the same
 * text and CSS, on an empty profile and on five years of data, side by side in one run; import,
 * export and insights over five years; and what each page loads. Prints a table and writes
 * `bench/results.json`. Run after `wxt build` (the npm script builds first).
 *
 * Functions handed to `page.evaluate` are sent as text, so they must not use anything imported
 * here (the module runner renames imports), not even `performance` from node:perf_hooks.
 */

const BUILD = resolve('.output/chrome-mv3');
const COPY = resolve('.output/bench-chrome-mv3');
const RESULTS = resolve('bench/results.json');

const REPEATS = envInt('BENCH_REPEATS', 3);
const LOADS = envInt('BENCH_LOADS', 30);
const WARMUP = 2;

type Profile = 'empty' | 'fiveYears';
const PROFILES: Profile[] = ['empty', 'fiveYears'];

/** Static pages in the bench copy, one per page and profile (their text follows the profile). */
const staticFile = (page: 'newtab' | 'popup', profile: Profile) =>
  `bench-static-${page}-${profile === 'empty' ? 'empty' : 'five-years'}.html`;

interface Stats {
  median: number;
  p95: number;
  n: number;
}

interface Timing {
  /** One entry per repeat: the stats of that repeat's loads. */
  repeats: Stats[];
  /** Median over repeats of the repeat medians, and of the repeat p95s. */
  median: number;
  p95: number;
  samples: number[][];
}

interface Ratio {
  /** Median over repeats of (median A ÷ median B) in that repeat. */
  median: number;
  min: number;
  max: number;
  perRepeat: number[];
}

interface PageResult {
  metric: string;
  real: Record<Profile, Timing>;
  static: Record<Profile, Timing>;
  realOverStatic: Record<Profile, Ratio>;
  fiveYearsOverEmpty: Ratio;
  /**
   * The static pages' five years ÷ empty: a control. The two profiles run in separate browsers,
   * and a static page does no work with the data, so this is what the browsers alone account
   * for.
   */
  staticFiveYearsOverEmpty: Ratio;
}

export async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg()[0];
  log(`${REPEATS} repeats × ${LOADS} loads (after ${WARMUP} warm-up rounds), interleaved`);

  const sizes = measureSizes(BUILD);
  makeBenchCopy(BUILD, COPY);
  writePage(COPY, 'bench-sentinel.html', SENTINEL_PAGE);

  log('five years of data: generating, checking with parseBackup, timing insights');
  const now = new Date();
  const backup = fiveYearBackup({ now });
  const backupText = JSON.stringify(backup);
  validate(backupText);
  const insights = insightFigures(backup, backupText, now);

  const profiles: Record<Profile, string> = {
    empty: freshProfile('empty'),
    fiveYears: freshProfile('five-years'),
  };

  try {
    log('empty profile: first run, capturing the static pages');
    let bench = await launchBench(profiles.empty, COPY);
    const version = await browserVersion(bench);
    await bench.context.waitForEvent('page', { timeout: 3000 }).catch(() => null); // welcome tab
    await writeStaticPages(bench, 'empty');
    await bench.close();

    log('five-year profile: import and export through Options');
    bench = await launchBench(profiles.fiveYears, COPY);
    await bench.context.waitForEvent('page', { timeout: 3000 }).catch(() => null);
    const io = await importExport(bench, backupText, backup.entries.length);
    await writeStaticPages(bench, 'fiveYears');
    await bench.close();

    const newtab: Record<string, PaintSample[][]> = {};
    const popup: Record<string, UsableSample[][]> = {};
    let dark: Record<string, FirstFrame[]> = {};
    for (let r = 0; r < REPEATS; r++) {
      log(`repeat ${r + 1}/${REPEATS}: launching both profiles`);
      const benches = {
        empty: await launchBench(profiles.empty, COPY),
        fiveYears: await launchBench(profiles.fiveYears, COPY),
      };
      try {
        log(`repeat ${r + 1}/${REPEATS}: new tab`);
        await interleave(benches, 'newtab', newtab, r, loadForPaint);
        log(`repeat ${r + 1}/${REPEATS}: popup`);
        await interleave(benches, 'popup', popup, r, loadForUsable);
        if (r === REPEATS - 1) {
          log('first painted frame in dark mode');
          for (const profile of PROFILES) {
            dark = { ...dark, ...(await darkFrames(benches[profile], profile)) };
          }
        }
      } finally {
        await benches.empty.close();
        await benches.fiveYears.close();
      }
    }

    const results = {
      date: now.toISOString(),
      chromium: version,
      cpus: cpus().length,
      /** One-minute load average at start and end: above the core count, times are noisy. */
      loadAverage: [loadAtStart, loadavg()[0]],
      node: process.version,
      method: {
        repeats: REPEATS,
        loadsPerRepeat: LOADS,
        warmupRounds: WARMUP,
        order:
          'per repeat, both profiles launched; rounds of live then static page, each load in a fresh tab, the profiles taking turns in blocks of 5 rounds after one uncounted round',
        newtab: `elementtiming="${STATEMENT}" renderTime from a buffered PerformanceObserver after load (FCP if the page has no such element)`,
        popup: `MutationObserver from document start until the "${WIN_LABEL}" field is present and enabled, then one frame (requestAnimationFrame + a task)`,
        darkFrame:
          'CDP screencast (PNG), top-left pixel of the first frame after a magenta extension page, prefers-color-scheme: dark; a load with no frame is retried',
      },
      newtab: summarise(
        newtab,
        (s) => s.element,
        (s) => s.fcp,
        'element timing renderTime',
      ),
      popup: summarise(popup, (s) => s.frame, null, 'field usable, then one frame'),
      popupDom: summarise(popup, (s) => s.dom, null, 'field usable (in the DOM, enabled)'),
      darkFirstFrame: dark,
      fiveYears: {
        entries: backup.entries.length,
        backupBytes: Buffer.byteLength(backupText),
        ...io,
        insights,
      },
      sizes,
      seconds: (performance.now() - started) / 1000,
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(table(results));
    log(`done in ${results.seconds.toFixed(0)} s; details in bench/results.json`);
  } finally {
    for (const dir of Object.values(profiles)) rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------- measuring

/** Rounds in a row on one profile before switching to the other (see `interleave`). */
const BLOCK = 5;

/**
 * A/B/A/B: every round loads the live page and its static copy once, each in a fresh tab. Both
 * profiles' browsers are open, and they take turns in blocks of `BLOCK` rounds, so the two
 * profiles are sampled across the same stretch of time (for five years ÷ empty). Alternating
 * every load between the browsers was worse: on these 2 cores one browser's clean-up after a
 * load ran beside the other's next load, and that hit the page doing more work hardest (same
 * build: new tab 1.07-1.23x static alternating per load, 0.96-1.04x in one browser). So the
 * first round after each switch is a warm-up and not counted, like the first two of a repeat.
 */
async function interleave<T>(
  benches: Record<Profile, Bench>,
  page: 'newtab' | 'popup',
  into: Record<string, T[][]>,
  repeat: number,
  load: (bench: Bench, url: string) => Promise<T>,
): Promise<void> {
  const plans = PROFILES.map((profile) => {
    const bench = benches[profile];
    return [
      { key: `real:${profile}`, bench, url: bench.url(`${page}.html`) },
      { key: `static:${profile}`, bench, url: bench.url(staticFile(page, profile)) },
    ];
  });
  for (const { key } of plans.flat()) {
    into[key] ??= [];
    into[key][repeat] = [];
  }
  const round = async (plan: (typeof plans)[number], counted: boolean) => {
    for (const { key, bench, url } of plan) {
      const sample = await load(bench, url);
      if (counted) into[key][repeat].push(sample);
    }
  };
  for (const plan of plans) for (let i = 0; i < WARMUP; i++) await round(plan, false);
  for (let done = 0; done < LOADS; done += BLOCK) {
    for (const plan of plans) {
      await round(plan, false);
      for (let i = 0; i < Math.min(BLOCK, LOADS - done); i++) await round(plan, true);
    }
  }
}

/** Writes the static new tab and popup for a profile, from what the live pages show. */
async function writeStaticPages(bench: Bench, profile: Profile): Promise<void> {
  const note = (page: string) =>
    `Bench only: the ${page} as it rendered on the ${profile} profile, same head and CSS, no script.`;
  const newtab = await captureRendered(bench, bench.url('newtab.html'), (page) =>
    page
      .waitForFunction(
        (name) => document.querySelector(`[elementtiming="${name}"]`)?.textContent?.trim(),
        STATEMENT,
        { timeout: 5000 },
      )
      .then(() => undefined)
      .catch(() => undefined),
  );
  writePage(
    COPY,
    staticFile('newtab', profile),
    staticPage(readBuilt(COPY, 'newtab.html'), newtab, note('new tab'), { statement: true }),
  );
  const popup = await captureRendered(bench, bench.url('popup.html'), (page) =>
    page.getByLabel(WIN_LABEL).first().waitFor({ timeout: 5000 }),
  );
  writePage(
    COPY,
    staticFile('popup', profile),
    staticPage(readBuilt(COPY, 'popup.html'), popup, note('popup'), { statement: false }),
  );
}

/** The Options page's words for the data view, from the app's own copy (with fallbacks). */
const DATA_WORDS: { importLabel?: string; confirm?: string; exportBackup?: string } =
  copy.options.data;
const IMPORT_LABEL = DATA_WORDS.importLabel ?? 'Import a backup';
const CONFIRM_IMPORT = DATA_WORDS.confirm ?? 'Replace with this backup';
const EXPORT_BACKUP = DATA_WORDS.exportBackup ?? 'Export backup';

/**
 * Imports the five-year backup through Options → "Import a backup" (confirming the replacement
 * when the page asks), then exports it again with "Export backup".
 */
async function importExport(bench: Bench, text: string, expectedEntries: number) {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url('options.html#data'), { waitUntil: 'load' });
    const input = page.getByLabel(IMPORT_LABEL);
    await input.waitFor({ state: 'attached', timeout: 10_000 });
    await page.evaluate(watchImport, CONFIRM_IMPORT);
    const wallStart = performance.now();
    await input.setInputFiles({
      name: 'footholds-five-years.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const confirm = page.getByRole('button', { name: CONFIRM_IMPORT });
    const asked = await Promise.race([
      confirm.waitFor({ timeout: 120_000 }).then(
        () => true,
        () => false,
      ),
      page
        .waitForFunction(() => (window as unknown as BenchWindow).__import?.message, null, {
          timeout: 120_000,
        })
        .then(
          () => false,
          () => false,
        ),
    ]);
    if (asked) await confirm.click();
    await page.waitForFunction(() => (window as unknown as BenchWindow).__import?.message, null, {
      timeout: 120_000,
    });
    const importWallMs = performance.now() - wallStart;
    const seen = await page.evaluate(() => (window as unknown as BenchWindow).__import);
    const message = seen?.message;
    if (!seen?.change || !message || message.role !== 'status') {
      throw new Error(`Import of the five-year backup failed: ${message?.text ?? 'no message'}`);
    }
    // Machine time only: the wait for the (simulated) person to confirm is left out.
    const checkMs = (seen.confirmShown ?? message.at) - seen.change;
    const writeMs = seen.confirmClick !== undefined ? message.at - seen.confirmClick : 0;

    const exportStart = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: EXPORT_BACKUP }).click(),
    ]);
    const path = await download.path();
    const exportMs = performance.now() - exportStart;
    const exported = readFileSync(path, 'utf8');
    const entries = (JSON.parse(exported) as { entries: unknown[] }).entries.length;
    if (entries !== expectedEntries) {
      throw new Error(`Export after import holds ${entries} entries, not ${expectedEntries}.`);
    }
    const limit = await storageLimit(page, text);
    return {
      importMs: checkMs + writeMs,
      importCheckMs: checkMs,
      importWriteMs: writeMs,
      importAskedToConfirm: asked,
      importWallMs,
      importMessage: message.text,
      exportMs,
      exportBytes: Buffer.byteLength(exported),
      limit,
    };
  } finally {
    await page.close();
  }
}

interface BenchWindow {
  __import?: {
    change?: number;
    confirmShown?: number;
    confirmClick?: number;
    message?: { at: number; role: string; text: string };
  };
}

/**
 * Runs in the Options page: notes when a file is chosen (the `change` event), when the confirm
 * button appears and is clicked, and when a status or alert message gets new text after that.
 */
function watchImport(confirmLabel: string): void {
  const seen: NonNullable<BenchWindow['__import']> = {};
  (window as unknown as BenchWindow).__import = seen;
  const messages = () =>
    Array.from(document.querySelectorAll('[role="status"], [role="alert"]')).map((el) => ({
      el,
      role: el.getAttribute('role') ?? '',
      text: el.textContent?.trim() ?? '',
    }));
  const isConfirm = (el: Element | null) => el?.textContent?.trim() === confirmLabel;
  let before = new Map<Element, string>();
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLInputElement).type !== 'file') return;
      seen.change = performance.now();
      before = new Map(messages().map((m) => [m.el, m.text]));
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (isConfirm((event.target as Element).closest('button'))) {
        seen.confirmClick = performance.now();
        before = new Map(messages().map((m) => [m.el, m.text]));
      }
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (seen.change === undefined) return;
    if (seen.confirmShown === undefined) {
      if (Array.from(document.querySelectorAll('button')).some(isConfirm)) {
        seen.confirmShown = performance.now();
      }
    }
    const fresh = messages().find((m) => m.text && before.get(m.el) !== m.text);
    if (!fresh) return;
    observer.disconnect();
    seen.message = { at: performance.now(), role: fresh.role, text: fresh.text };
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/** The dark-mode first frame of the new tab (live and static) and the popup, on each profile. */
async function darkFrames(bench: Bench, profile: Profile): Promise<Record<string, FirstFrame[]>> {
  const out: Record<string, FirstFrame[]> = {};
  const pages: [string, string, number][] = [
    [`newtab:${profile}`, 'newtab.html', 3],
    [`static newtab:${profile}`, staticFile('newtab', profile), 1],
    [`popup:${profile}`, 'popup.html', 2],
  ];
  for (const [key, path, times] of pages) {
    out[key] = [];
    for (let i = 0; i < times; i++) out[key].push(await firstFrameDark(bench, bench.url(path)));
  }
  return out;
}

// ------------------------------------------------------------------------------- statistics

function summarise<T>(
  raw: Record<string, T[][]>,
  pick: (s: T) => number | null,
  fallback: ((s: T) => number | null) | null,
  label: string,
): PageResult {
  // Element timing when the live pages report it on (nearly) every load; else FCP for all.
  const live = PROFILES.flatMap((p) => raw[`real:${p}`].flat());
  const useFallback =
    fallback !== null && live.filter((s) => pick(s) !== null).length < 0.9 * live.length;
  const value = (s: T) => (useFallback && fallback ? fallback(s) : pick(s));
  const timing = (key: string): Timing => {
    const samples = raw[key].map((loads) =>
      loads.map(value).filter((v): v is number => v !== null),
    );
    const repeats = samples.map(stats);
    return {
      repeats,
      median: median(repeats.map((s) => s.median)),
      p95: median(repeats.map((s) => s.p95)),
      samples: samples.map((list) => list.map((v) => Math.round(v * 10) / 10)),
    };
  };
  const real = { empty: timing('real:empty'), fiveYears: timing('real:fiveYears') };
  const stat = { empty: timing('static:empty'), fiveYears: timing('static:fiveYears') };
  return {
    metric: useFallback ? 'first-contentful-paint (no element timing on the live page)' : label,
    real,
    static: stat,
    realOverStatic: {
      empty: ratio(real.empty, stat.empty),
      fiveYears: ratio(real.fiveYears, stat.fiveYears),
    },
    fiveYearsOverEmpty: ratio(real.fiveYears, real.empty),
    staticFiveYearsOverEmpty: ratio(stat.fiveYears, stat.empty),
  };
}

function ratio(a: Timing, b: Timing): Ratio {
  const perRepeat = a.repeats.map((s, i) => s.median / b.repeats[i].median);
  return {
    median: median(perRepeat),
    min: Math.min(...perRepeat),
    max: Math.max(...perRepeat),
    perRepeat,
  };
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((x, y) => x - y);
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? Number.NaN;
  return { median: median(sorted), p95, n: sorted.length };
}

function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// ----------------------------------------------------------------------------------- table

interface Results {
  chromium: string;
  cpus: number;
  loadAverage: number[];
  newtab: PageResult;
  popup: PageResult;
  darkFirstFrame: Record<string, FirstFrame[]>;
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
    insights: InsightFigures;
  };
  sizes: Record<string, PageSize>;
  seconds: number;
}

function table(r: Results): string {
  const lines: string[] = [];
  const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
  const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');
  const spread = (q: Ratio) => `${x(q.median)} (${q.min.toFixed(2)}–${q.max.toFixed(2)})`;
  const goal = (ok: boolean, text: string) => `${text} ${ok ? 'met' : 'MISSED'}`;

  lines.push('');
  lines.push(
    `Footholds bench · ${r.chromium} · ${r.cpus} cores · ${REPEATS} repeats × ${LOADS} loads per page, interleaved in fresh tabs`,
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
    'ratios are taken within each repeat (pages loaded side by side), then the median, with the range over repeats.',
  );

  const section = (title: string, res: PageResult, goalRatio: number) => {
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
    lines.push(...grid(rows));
  };
  const newtabMetric =
    r.newtab.metric === 'element timing renderTime'
      ? `value statement painted (element timing "${STATEMENT}")`
      : r.newtab.metric;
  section(`NEW TAB · ${newtabMetric}`, r.newtab, 1.1);
  section(
    `POPUP (opened as a page) · "${WIN_LABEL}" present, enabled and a frame drawn`,
    r.popup,
    1.3,
  );

  lines.push('');
  lines.push(
    'FIRST PAINTED FRAME IN DARK MODE · CDP screencast, top-left pixel after a magenta page',
  );
  const darkRows: string[][] = [['page', 'first frame', 'settled', 'loads', 'white flash']];
  for (const [key, frames] of Object.entries(r.darkFirstFrame)) {
    const [page, profile] = key.split(':');
    const firsts = [...new Set(frames.map((f) => f.first ?? 'none'))];
    const lasts = [...new Set(frames.map((f) => f.last ?? 'none'))];
    const light = frames.some((f) => f.first !== null && luminance(f.first) > 0.5);
    darkRows.push([
      `${page} (${profile === 'empty' ? 'empty' : 'five years'})`,
      firsts.join(' '),
      lasts.join(' '),
      String(frames.length),
      light ? 'YES' : 'no',
    ]);
  }
  lines.push(...grid(darkRows));

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
  lines.push(...grid(sizeRows));
  lines.push('');
  return lines.join('\n');
}

/** Left-aligned first columns, right-aligned numbers, two spaces apart. */
function grid(rows: string[][]): string[] {
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

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function log(message: string): void {
  console.error(`bench: ${message}`);
}

function envInt(name: string, fallback: number): number {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
