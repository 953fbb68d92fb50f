import { measureSizes } from '../tests/support/sizes';
import type { BackupFile } from '../utils/core/backup';
import { browserVersion, launchBench } from './browser';
import { makeStaticNewTab } from './cold';
import { BUILD, COPY, PEER_COPY, STATIC_NEWTAB, staticFile } from './config';
import { SENTINEL_PAGE } from './darkFrame';
import { importExport } from './importExport';
import { insightFigures, validate } from './insights';
import { log } from './log';
import { copyPeer, type PeerSource, peerLabel } from './peer';
import { reviewCharts } from './review';
import { fiveYearBackup } from './seed';
import { spanishBackup, spanishFirstRun } from './spanish';
import { recordStartupJs } from './startupJs';
import { makeBenchCopy, writePage, writePeerStatic, writeStaticPages } from './staticPage';

/**
 * What `npm run bench` does before its warm rounds: the bench copy of the build (and of the
 * peer), five years of data with the insights timed in Node, then each profile's first run,
 * where the static pages are captured and the five years imported through Options (in English,
 * and into a profile of its own with the language set to Spanish).
 */

/** The sizes of the build, the bench copies, and five years of data checked and timed in Node. */
export function prepare(peer: PeerSource | null) {
  const sizes = measureSizes(BUILD);
  makeBenchCopy(BUILD, COPY);
  writePage(COPY, 'bench-sentinel.html', SENTINEL_PAGE);
  if (peer) copyPeer(peer, PEER_COPY);
  log('five years of data: generating, checking with parseBackup, timing insights');
  const now = new Date();
  const backup = fiveYearBackup({ now });
  const backupText = JSON.stringify(backup);
  validate(backupText);
  const insights = insightFigures(backup, backupText, now);
  return { sizes, backup, backupText, insights, now };
}

/**
 * Each profile's first run: the empty one captures its static pages (and the static new tab's
 * own profile starts once, not measured); the five-year one imports and exports the data through
 * Options, times the weekly review, captures its static pages and records the scripts its pages
 * load before their first render; the Spanish one does the same in Spanish (bench/spanish.ts);
 * the peer captures its own.
 */
export async function firstRuns(
  profiles: Record<string, string>,
  peer: PeerSource | null,
  backup: BackupFile,
  backupText: string,
) {
  log('empty profile: first run, capturing the static pages');
  let bench = await launchBench(profiles.empty, COPY);
  const version = await browserVersion(bench);
  await bench.context.waitForEvent('page', { timeout: 3000 }).catch(() => null); // welcome tab
  await writeStaticPages(bench, 'empty');
  await bench.close();
  makeStaticNewTab(COPY, staticFile('newtab', 'empty'), STATIC_NEWTAB);
  await (await launchBench(profiles.static, STATIC_NEWTAB)).close(); // first run, not measured

  log('five-year profile: import and export through Options');
  bench = await launchBench(profiles.fiveYears, COPY);
  await bench.context.waitForEvent('page', { timeout: 3000 }).catch(() => null);
  const io = await importExport(bench, backupText, backup.entries.length);
  log('five-year profile: the weekly review with Patterns and 12-week charts');
  const review = await reviewCharts(bench);
  await writeStaticPages(bench, 'fiveYears');
  const english = {
    newtab: await recordStartupJs(bench, COPY, 'newtab.html'),
    popup: await recordStartupJs(bench, COPY, 'popup.html'),
  };
  await bench.close();

  const spanish = await spanishFirstRun(profiles.spanish, spanishBackup(backup));

  let peerMain = '';
  if (peer) {
    log(`peer ${peerLabel(peer)}: first run, capturing its static page`);
    bench = await launchBench(profiles.peer, PEER_COPY);
    await bench.context.waitForEvent('page', { timeout: 2000 }).catch(() => null);
    peerMain = await writePeerStatic(bench, peer);
    await bench.close();
  }
  return {
    version,
    io: { ...io, review },
    peerMain,
    spanish: {
      toolbarPopupAfterImport: spanish.toolbarPopupAfterImport,
      startup: { english, spanish: spanish.startup },
    },
  };
}
