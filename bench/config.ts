import { resolve } from 'node:path';
import { popupPageFor } from '@/utils/model/language';

/**
 * What `npm run bench` measures and where it works: the folders it builds in, how many loads,
 * repeats and launches (each can be lowered from the environment for a quick run), the two
 * Footholds profiles it compares, and the Spanish one set beside them.
 */

/** The Chromium build `wxt build` writes. */
export const BUILD = resolve('.output/chrome-mv3');
/** The bench's copy of the build, with the static pages beside the live ones. */
export const COPY = resolve('.output/bench-chrome-mv3');
/** The bench's copy of the peer, with its static page beside its new tab. */
export const PEER_COPY = resolve('.output/bench-peer');
/** The static new tab as an extension of its own, for the cold rows. */
export const STATIC_NEWTAB = resolve('.output/bench-static-newtab');
/** Where the whole run's figures are written. */
export const RESULTS = resolve('bench/results.json');

/** Repeats: each launches the browsers afresh. */
export const REPEATS = envInt('BENCH_REPEATS', 3);
/** New-tab loads per repeat, counted. */
export const LOADS = envInt('BENCH_LOADS', 25);
/** Cold launches per target, fewer in a quick run with fewer loads. */
export const LAUNCHES = envInt('BENCH_LAUNCHES', Math.min(10, LOADS));
/** Uncounted rounds at the start of each repeat. */
export const WARMUP = 2;
/**
 * Popup loads per repeat, fewer than the new tab's: its figures sit far inside their goal, and
 * its loads take a large share of the run's time.
 */
export const POPUP_LOADS = Math.min(20, LOADS);
/** History loads per profile and repeat (each in a fresh tab). */
export const HISTORY_LOADS = Math.min(8, LOADS);
/** Review loads on the five-year profile, after one uncounted load. */
export const REVIEW_LOADS = Math.min(LOADS, 10);
/** Rounds in a row on one browser before switching to the next (see `interleave`). */
export const BLOCK = 5;

/** The two Footholds profiles: a first run with no data, and five years of heavy use. */
export type Profile = 'empty' | 'fiveYears';
/** Both profiles, in the order the table prints them. */
export const PROFILES: Profile[] = ['empty', 'fiveYears'];
/** How the table names each profile. */
export const PROFILE_LABEL: Record<string, string> = { empty: 'empty', fiveYears: 'five years' };

/** Static pages in the bench copy, one per page and profile (their text follows the profile). */
export const staticFile = (page: 'newtab' | 'popup', profile: Profile) =>
  `bench-static-${page}-${profile === 'empty' ? 'empty' : 'five-years'}.html`;

/**
 * The five years in Spanish (`settings.language: 'es'`): its popup, the one the toolbar opens in
 * Spanish, and the static copies of its pages. It joins the new tab's and the popup's rounds only.
 */
export const SPANISH = {
  popup: popupPageFor('es').replace(/^\//, ''),
  newtabStatic: 'bench-static-newtab-spanish.html',
  popupStatic: 'bench-static-popup-spanish.html',
} as const;

/** The static new tab of the profile with sync on (the plan alone). */
export const SYNC_STATIC = 'bench-static-newtab-sync-on.html';
/** Fresh computers that take in the whole mirror, one profile each. */
export const SYNC_REPEATS = envInt('BENCH_SYNC_REPEATS', Math.min(5, LOADS));

/** The peer's static page, inside the copy of its folder. */
export const PEER_STATIC = 'bench-static-newtab.html';

function envInt(name: string, fallback: number): number {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
