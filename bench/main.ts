import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { freshProfile } from './browser';
import { coldLaunches, coldTargets } from './coldRounds';
import { BLOCK, LAUNCHES, LOADS, POPUP_LOADS, REPEATS, RESULTS, WARMUP } from './config';
import { firstRuns, prepare } from './firstRuns';
import { historyResult } from './history';
import { log, sections, timed } from './log';
import { timeGoes } from './newtab';
import { summarise } from './pageResult';
import { STATEMENT } from './paint';
import { findPeer, peerResult } from './peer';
import { WIN_LABEL } from './popup';
import { warmRepeats } from './rounds';
import { planOf } from './seed';
import { spanishPage } from './spanishRows';
import { syncFigures } from './sync';
import { syncLogFigures } from './syncLog';
import { syncNewTab } from './syncNewTab';
import { table } from './table';

/**
 * `npm run bench`: the built new tab and popup against a static page with the same text and
 * CSS, on an empty profile and on five years of data (and the five years in Spanish, with what
 * a Spanish page loads before its first render), side by side in one run; the new tab
 * beside a peer extension (Tabliss) measured the same way; the first new tab after a browser
 * start, cold; import, export and insights over five years; sync on a plan of 10 values and 40
 * steps (quota, a fresh computer taking it in, the new tab), and with the five years' log too
 * (quota, days mirrored, a fresh computer taking it in); and what each page loads. Prints a
 * table and writes `bench/results.json`. Run after `wxt build` (the npm script builds first).
 * bench/run.mjs calls `main`.
 *
 * Functions handed to `page.evaluate` are sent as text, so they must not use anything imported
 * (the module runner renames imports), not even `performance` from node:perf_hooks.
 */

/** Runs the whole bench: prepares, measures, prints the table and writes the results. */
export async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg()[0];
  log(`${REPEATS} repeats × ${LOADS} loads (after ${WARMUP} warm-up rounds), interleaved`);
  const peerSource = findPeer();
  const peer = 'skipped' in peerSource ? null : peerSource;
  if ('skipped' in peerSource) log(`${peerSource.skipped}; the peer row is skipped`);

  const { sizes, backup, backupText, insights, now } = await timed('setup', async () =>
    prepare(peer),
  );

  const profiles: Record<string, string> = {
    empty: freshProfile('empty'),
    fiveYears: freshProfile('five-years'),
    spanish: freshProfile('five-years-es'),
    ...(peer ? { peer: freshProfile('peer') } : {}),
    static: freshProfile('static-newtab'),
    syncOn: freshProfile('sync-on'),
    syncLog: freshProfile('sync-log'),
  };

  try {
    const { version, io, peerMain, spanish } = await timed('first runs and static pages', () =>
      firstRuns(profiles, peer, backup, backupText),
    );

    const sync = await timed('sync: quota and fresh computers', () =>
      syncFigures(profiles.syncOn, planOf(backup)),
    );
    const syncLog = await timed('sync with the log: five years, fresh computers', () =>
      syncLogFigures(profiles.syncLog, backup),
    );

    const { newtab, popup, dark, history } = await warmRepeats(profiles, peer);

    const targets = coldTargets(profiles, peer);
    const cold = await timed('cold first tab', () => {
      log(`first new tab after a browser start: ${targets.length} × ${LAUNCHES} launches`);
      return coldLaunches(targets);
    });

    const newtabResult = summarise(
      newtab,
      (s) => s.element,
      (s) => s.fcp,
      'element timing renderTime',
    );
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
        popupLoadsPerRepeat: POPUP_LOADS,
        warmupRounds: WARMUP,
        coldLaunches: LAUNCHES,
        order: `per repeat, both profiles${peer ? ' and the peer' : ''} launched; rounds of live then static page, each load in a fresh tab, the browsers taking turns in blocks of ${BLOCK} rounds after one uncounted round`,
        ratios:
          'live ÷ static: median over every counted round of every repeat of (live ÷ static) in that round; the range is the per-repeat medians. Other ratios: median over repeats of (median A ÷ median B) in that repeat',
        newtab: `elementtiming="${STATEMENT}" renderTime from a buffered PerformanceObserver after load (FCP if the page has no such element)`,
        peer: 'first-contentful-paint and the first largest-contentful-paint candidate (renderTime): its main element, as it names none for element timing',
        cold: 'per launch round, every target in turn (order rotated): launch Chromium on its profile, open chrome://newtab/ at once, read its paints, close; one uncounted round first',
        popup: `MutationObserver from document start until the "${WIN_LABEL}" field is present and enabled, then one frame (requestAnimationFrame + a task)`,
        spanish:
          'the five years with settings.language "es", imported through Options into a profile of its own; its new tab and popup-es.html join the same rounds beside static copies captured from them. Start-up JS: the scripts a tab requests until Preact first adds an event handler to an element (a marker request cuts the stream), gzip -9 per file',
        darkFrame:
          'CDP screencast (PNG), top-left pixel of the first frame after a magenta extension page, prefers-color-scheme: dark; a load with no frame is retried',
      },
      newtab: newtabResult,
      newtabTimeGoes: timeGoes(newtab),
      peer: peer
        ? peerResult(newtab, peer, peerMain)
        : { skipped: (peerSource as { skipped: string }).skipped },
      cold,
      popup: summarise(popup, (s) => s.frame, null, 'field usable, then one frame'),
      popupDom: summarise(popup, (s) => s.dom, null, 'field usable (in the DOM, enabled)'),
      spanish: {
        ...spanish,
        newtab: spanishPage(newtab, (s) =>
          newtabResult.metric === 'element timing renderTime' ? s.element : s.fcp,
        ),
        popup: spanishPage(popup, (s) => s.frame),
      },
      darkFirstFrame: dark,
      history: historyResult(history),
      fiveYears: {
        entries: backup.entries.length,
        backupBytes: Buffer.byteLength(backupText),
        ...io,
        insights,
      },
      sync: { ...sync, newtab: syncNewTab(newtab, newtabResult) },
      syncLog,
      sizes,
      sections,
      seconds: (performance.now() - started) / 1000,
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(table(results));
    log(`done in ${results.seconds.toFixed(0)} s; details in bench/results.json`);
  } finally {
    for (const dir of Object.values(profiles)) rmSync(dir, { recursive: true, force: true });
  }
}
