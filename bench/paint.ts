import type { Page } from '@playwright/test';
import type { Bench } from './browser';

/**
 * How a new tab is timed in the page: the value statement's element timing, first contentful
 * paint and the first largest-contentful-paint candidate, read through buffered
 * PerformanceObservers once the page has loaded. The warm rounds and the cold launches both use
 * it.
 */

/** The `elementtiming` name of the new tab's value statement. */
export const STATEMENT = 'value-statement';

/** Paint times of one load, in ms from navigation start. */
export interface PaintSample {
  /** `renderTime` of the first `element` entry named `value-statement`; null if none came. */
  element: number | null;
  /** `first-contentful-paint`; null if none came. */
  fcp: number | null;
  /**
   * `largest-contentful-paint` (`renderTime`), the first candidate reported: a page's main
   * element when it names none for element timing (the peer). Null if none came.
   */
  lcp: number | null;
  /**
   * The same three as `paintTime`: when the main thread finished the rendering update that
   * painted them, before the compositor put the frame on screen (the figures above). It is not
   * rounded to 4 ms, and it leaves out the compositor's share, which no page controls.
   */
  paint: { element: number | null; fcp: number | null; lcp: number | null };
  /** The page's `location.href` and `performance.timeOrigin` (epoch ms). */
  href: string;
  timeOrigin: number;
}

/**
 * Loads `url` in a fresh tab, waits for `load`, then reads the value statement's element timing,
 * first-contentful-paint and largest-contentful-paint through buffered PerformanceObservers.
 */
export async function loadForPaint(bench: Bench, url: string): Promise<PaintSample> {
  const page = await bench.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await readPaintIn(page);
  } finally {
    await page.close();
  }
}

/** Reads a loaded page's paint times (see `PaintSample`). */
export function readPaintIn(page: Page): Promise<PaintSample> {
  return page.evaluate(readPaint, { name: STATEMENT, timeoutMs: 3000 });
}

/**
 * Runs in the page. Self-contained: it is sent to the page as text. Done once FCP and the main
 * element have come: the element named `name` for element timing, or, on a page naming none,
 * the first largest-contentful-paint candidate.
 */
function readPaint(options: { name: string; timeoutMs: number }): Promise<PaintSample> {
  return new Promise((resolve) => {
    const out: PaintSample = {
      element: null,
      fcp: null,
      lcp: null,
      paint: { element: null, fcp: null, lcp: null },
      href: location.href,
      timeOrigin: performance.timeOrigin,
    };
    type Timed = PerformanceEntry & { renderTime?: number; loadTime?: number; paintTime?: number };
    const shown = (e: Timed) => e.renderTime || e.loadTime || e.startTime;
    const painted = (e: Timed) => (typeof e.paintTime === 'number' ? e.paintTime : null);
    const expectElement = document.querySelector(`[elementtiming="${options.name}"]`) !== null;
    const observers: PerformanceObserver[] = [];
    const finish = () => {
      for (const o of observers) o.disconnect();
      resolve(out);
    };
    const maybeDone = () => {
      if (out.fcp !== null && (expectElement ? out.element !== null : out.lcp !== null)) finish();
    };
    const observe = (type: string, take: (entry: Timed) => void) => {
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Timed[]) take(entry);
        maybeDone();
      });
      observers.push(observer);
      observer.observe({ type, buffered: true });
    };
    observe('element', (entry) => {
      if ((entry as Timed & { identifier: string }).identifier !== options.name) return;
      if (out.element === null || shown(entry) < out.element) {
        out.element = shown(entry);
        out.paint.element = painted(entry);
      }
    });
    observe('paint', (entry) => {
      if (entry.name !== 'first-contentful-paint') return;
      out.fcp = entry.startTime;
      out.paint.fcp = painted(entry);
    });
    observe('largest-contentful-paint', (entry) => {
      if (out.lcp !== null) return;
      out.lcp = shown(entry);
      out.paint.lcp = painted(entry);
    });
    setTimeout(finish, options.timeoutMs);
  });
}
