import { type Bench, launchBench } from './browser';
import {
  BLOCK,
  COPY,
  HISTORY_LOADS,
  LOADS,
  PEER_COPY,
  PEER_STATIC,
  POPUP_LOADS,
  PROFILES,
  REPEATS,
  SPANISH,
  SYNC_STATIC,
  staticFile,
  WARMUP,
} from './config';
import { darkFrames, type FirstFrame } from './darkFrame';
import { type HistorySamples, measureHistory } from './history';
import { log, timed } from './log';
import { loadForPaint, type PaintSample } from './paint';
import type { PeerSource } from './peer';
import { loadForUsable, type UsableSample } from './popup';

/**
 * The warm measurements, repeat after repeat: both Footholds profiles (and the peer, and the
 * profile with sync on, for the new tab only; the five years in Spanish for the new tab and the
 * popup) launched afresh, then the new tab and the popup in interleaved rounds beside their
 * static copies,
 * History, and on the last repeat the first frame in dark mode.
 */

/** Every warm sample of the run, by page and subject (`real:<key>` and `static:<key>`). */
export interface Warm {
  newtab: Record<string, PaintSample[][]>;
  popup: Record<string, UsableSample[][]>;
  dark: Record<string, FirstFrame[]>;
  history: { empty: HistorySamples; fiveYears: HistorySamples }[];
}

/** Runs every repeat on the prepared `profiles` (see `Warm`). */
export async function warmRepeats(
  profiles: Record<string, string>,
  peer: PeerSource | null,
): Promise<Warm> {
  const newtab: Record<string, PaintSample[][]> = {};
  const popup: Record<string, UsableSample[][]> = {};
  let dark: Record<string, FirstFrame[]> = {};
  const history: { empty: HistorySamples; fiveYears: HistorySamples }[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const benches = await timed('launches', async () => {
      log(
        `repeat ${r + 1}/${REPEATS}: launching both profiles, Spanish, sync on${peer ? ' and the peer' : ''}`,
      );
      return {
        empty: await launchBench(profiles.empty, COPY),
        fiveYears: await launchBench(profiles.fiveYears, COPY),
        spanish: await launchBench(profiles.spanish, COPY),
        syncOn: await launchBench(profiles.syncOn, COPY),
        peer: peer ? await launchBench(profiles.peer, PEER_COPY) : null,
      };
    });
    try {
      const subjects: Subject[] = PROFILES.map((profile) => ({
        key: profile,
        bench: benches[profile],
        live: 'newtab.html',
        static: staticFile('newtab', profile),
      }));
      subjects.push({
        key: 'spanish',
        bench: benches.spanish,
        live: 'newtab.html',
        static: SPANISH.newtabStatic,
      });
      subjects.push({
        key: 'syncOn',
        bench: benches.syncOn,
        live: 'newtab.html',
        static: SYNC_STATIC,
      });
      if (peer && benches.peer) {
        subjects.push({
          key: 'peer',
          bench: benches.peer,
          live: peer.newtab,
          static: PEER_STATIC,
        });
      }
      await timed(`new tab${peer ? ' and peer' : ''}`, () => {
        log(
          `repeat ${r + 1}/${REPEATS}: new tab, Spanish, sync on${peer ? ', beside the peer' : ''}`,
        );
        return interleave(subjects, newtab, r, loadForPaint);
      });
      await benches.syncOn.close();
      await benches.peer?.close();
      await timed('popup', () => {
        log(`repeat ${r + 1}/${REPEATS}: popup, and in Spanish`);
        const popups: Subject[] = PROFILES.map((profile) => ({
          key: profile,
          bench: benches[profile],
          live: 'popup.html',
          static: staticFile('popup', profile),
        }));
        popups.push({
          key: 'spanish',
          bench: benches.spanish,
          live: SPANISH.popup,
          static: SPANISH.popupStatic,
        });
        return interleave(popups, popup, r, loadForUsable, POPUP_LOADS);
      });
      await benches.spanish.close();
      history.push(
        await timed('history', async () => {
          log(`repeat ${r + 1}/${REPEATS}: History, its first screen and a jump five years back`);
          return {
            empty: await measureHistory(benches.empty, HISTORY_LOADS, 0),
            fiveYears: await measureHistory(benches.fiveYears, HISTORY_LOADS, 6),
          };
        }),
      );
      if (r === REPEATS - 1) {
        await timed('dark first frame', async () => {
          log('first painted frame in dark mode');
          for (const profile of PROFILES) {
            dark = { ...dark, ...(await darkFrames(benches[profile], profile)) };
          }
        });
      }
    } finally {
      await benches.empty.close();
      await benches.fiveYears.close();
      await benches.spanish.close();
      await benches.syncOn.close();
    }
  }
  return { newtab, popup, dark, history };
}

/** One browser's live page and its static copy. */
export interface Subject {
  key: string;
  bench: Bench;
  live: string;
  static: string;
}

/**
 * A/B/A/B: every round loads the live page and its static copy once, each in a fresh tab. All
 * subjects' browsers are open, and they take turns in blocks of `BLOCK` rounds, so they are
 * sampled across the same stretch of time (for five years ÷ empty, Footholds ÷ peer).
 * Alternating every load between the browsers is worse: on a machine with few cores one
 * browser's clean-up after a load runs beside the other's next load, and that hits the page
 * doing more work hardest, widening its ratio to the static page. So the first round after each
 * switch is a warm-up and not counted, like the first two of a repeat. Samples stay in round
 * order, live and static at the same index, for `pairedRatio`.
 */
export async function interleave<T>(
  subjects: Subject[],
  into: Record<string, T[][]>,
  repeat: number,
  load: (bench: Bench, url: string) => Promise<T>,
  loads = LOADS,
): Promise<void> {
  const plans = subjects.map(({ key, bench, live, static: base }) => [
    { key: `real:${key}`, bench, url: bench.url(live) },
    { key: `static:${key}`, bench, url: bench.url(base) },
  ]);
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
  for (let done = 0; done < loads; done += BLOCK) {
    for (const plan of plans) {
      await round(plan, false);
      for (let i = 0; i < Math.min(BLOCK, loads - done); i++) await round(plan, true);
    }
  }
}
