import type { Bench } from './browser';
import { REVIEW_LOADS } from './config';
import { type Stats, stats } from './stats';

/**
 * The weekly review on five years of data: Options → the review with Patterns and its 12-week
 * charts, opened fresh each time and timed from navigation start until they are painted.
 */

/** What the weekly review's charts over weeks must show before they count as painted. */
export const REVIEW_CHARTS = '[data-weeks="12"] [data-chart="time-of-day"]';

/**
 * Installed before the page's own scripts: notes when the review's 12-week charts (and its
 * Patterns) are in the document, then waits one frame, as the popup's `USABLE_SCRIPT` does.
 */
const CHARTS_SCRIPT = `(() => {
  let resolve;
  window.__benchCharts = new Promise((r) => { resolve = r; });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(REVIEW_CHARTS)})) return;
    if (!document.querySelector('#patterns-mood-heading')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Loads the weekly review (`options.html#review`) in a fresh tab and reads when Patterns and
 * the 12-week charts were painted, in ms from navigation start (null if not within 10 s).
 */
export async function loadForCharts(bench: Bench, url: string): Promise<number | null> {
  const page = await bench.context.newPage();
  try {
    await page.addInitScript({ content: CHARTS_SCRIPT });
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      (timeoutMs) =>
        Promise.race([
          (window as unknown as { __benchCharts: Promise<number> }).__benchCharts,
          new Promise<null>((r) => setTimeout(() => r(null), timeoutMs)),
        ]),
      10_000,
    );
  } finally {
    await page.close();
  }
}

/**
 * The weekly review with Patterns and the 12-week charts, opened fresh each time: navigation
 * start → charts painted (see `loadForCharts`), after one uncounted load. Goal < 300 ms.
 */
export async function reviewCharts(
  bench: Bench,
): Promise<{ stats: Stats; samples: (number | null)[] }> {
  const url = bench.url('options.html#review');
  await loadForCharts(bench, url);
  const samples: (number | null)[] = [];
  for (let i = 0; i < REVIEW_LOADS; i++) samples.push(await loadForCharts(bench, url));
  const painted = samples.filter((n): n is number => n !== null);
  if (painted.length === 0) throw new Error('The weekly review never showed its 12-week charts.');
  return { stats: stats(painted), samples };
}
