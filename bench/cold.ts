import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionIdFor, launchChromium } from './browser';
import { type PaintSample, readPaintIn } from './paint';

/**
 * The first new tab after a browser start: the moment new-tab extensions are slowest, as their
 * users report. Each launch starts Chromium on an existing profile, opens a tab on
 * `chrome://newtab/` as soon as the browser is up (nothing the extension does is waited for: not
 * its worker, not its storage), reads that page's paint times, and closes the browser.
 */

/** One extension and profile to launch. */
export interface ColdTarget {
  key: string;
  label: string;
  profile: string;
  extensionDir: string;
  /** Which paint is the page's main element: its element timing, or its largest contentful paint. */
  main: 'element' | 'lcp';
}

/** One cold launch. */
export interface ColdSample {
  /** The main element's paint, ms from the new tab's navigation start; null if none came. */
  main: number | null;
  fcp: number | null;
  /** From the call that launched the browser to the main element's paint (wall clock, ms). */
  fromLaunch: number | null;
  /** Whether `chrome://newtab/` showed the extension's page (false: the browser's own). */
  overridden: boolean;
}

/** Launches the browser on `target`'s profile once and times its first new tab. */
export async function coldFirstTab(target: ColdTarget): Promise<ColdSample> {
  const launched = Date.now();
  const context = await launchChromium(target.profile, target.extensionDir);
  try {
    const page = await context.newPage();
    await page.goto('chrome://newtab/', { waitUntil: 'load' });
    const s: PaintSample = await readPaintIn(page);
    const overridden = s.href.startsWith(
      `chrome-extension://${extensionIdFor(target.extensionDir)}/`,
    );
    const main = target.main === 'element' ? s.element : s.lcp;
    return {
      main: overridden ? main : null,
      fcp: overridden ? s.fcp : null,
      fromLaunch: overridden && main !== null ? s.timeOrigin + main - launched : null,
      overridden,
    };
  } finally {
    await context.close();
  }
}

/**
 * A new-tab extension that is only a static page: the bench copy's static new tab (`page`) with
 * the stylesheets it links, and a service worker that listens for the browser's start and does
 * nothing. Chromium starts an extension's worker at launch only for an event it listens to, so
 * this one starts with the browser, as Footholds' does, and both first tabs find the extension's
 * process in the same state; this is the limit the cold rows are read against. (A page with no
 * worker, like the peer, has its extension's process started only when the tab opens, so its
 * first tab waits for that too; the idle worker keeps that wait out of the limit.)
 */
export function makeStaticNewTab(benchCopy: string, page: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(join(benchCopy, 'assets'), join(to, 'assets'), { recursive: true });
  cpSync(join(benchCopy, page), join(to, 'newtab.html'));
  const manifest = {
    manifest_version: 3,
    name: 'Footholds bench: static new tab',
    version: '1.0',
    description: 'Bench only: the static copy of the new tab, with a worker that does nothing.',
    chrome_url_overrides: { newtab: 'newtab.html' },
    background: { service_worker: 'background.js' },
  };
  writeFileSync(
    join(to, 'background.js'),
    "// Bench only: starts with the browser, like Footholds' worker, and does nothing.\nchrome.runtime.onStartup.addListener(() => {});\n",
  );
  writeFileSync(join(to, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return to;
}
