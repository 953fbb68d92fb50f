import type { Bench } from './browser';
import { median } from './stats';

/**
 * History on years of data: how soon its first screen shows the newest day's
 * entries (navigation start → the first entry, or the empty state, in the DOM and a frame drawn),
 * on the five-year profile against the empty one; and how long jumping to the oldest month takes
 * (choosing it in the month picker → its entries in the DOM and a frame drawn).
 */

/** One profile's samples, in ms. */
export interface HistorySamples {
  firstScreen: number[];
  /** Only where there is an older month to jump to. */
  jump: number[];
}

const READY = `
  window.__benchHistory = new Promise((resolve) => {
    const seen = () => document.querySelector('.history-entry, .history .empty');
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    if (seen()) return done();
    new MutationObserver((_m, observer) => {
      if (seen()) { observer.disconnect(); done(); }
    }).observe(document, { childList: true, subtree: true });
  });
`;

/** Opens History `loads` times in fresh tabs; on the last load, jumps to the oldest month `jumps` times. */
export async function measureHistory(
  bench: Bench,
  loads: number,
  jumps: number,
): Promise<HistorySamples> {
  const out: HistorySamples = { firstScreen: [], jump: [] };
  for (let i = 0; i < loads; i++) {
    const page = await bench.context.newPage();
    try {
      await page.addInitScript({ content: READY });
      await page.goto(bench.url('options.html#history'), { waitUntil: 'load' });
      out.firstScreen.push(
        await page.evaluate(
          () => (window as unknown as { __benchHistory: Promise<number> }).__benchHistory,
        ),
      );
      if (i < loads - 1) continue;
      for (let j = 0; j < jumps; j++) {
        const took = await page.evaluate(
          async (newest) => {
            const select = document.getElementById('history-month') as HTMLSelectElement | null;
            if (!select || select.options.length < 2) return null;
            const month = newest
              ? select.options[0].value
              : select.options[select.options.length - 1].value;
            const start = performance.now();
            select.value = month;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            await new Promise<void>((resolve) => {
              const shown = () => document.querySelector(`.history-day h3[id^="day-${month}"]`);
              if (shown()) return resolve();
              new MutationObserver((_m, observer) => {
                if (shown()) {
                  observer.disconnect();
                  resolve();
                }
              }).observe(document, { childList: true, subtree: true });
            });
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            return performance.now() - start;
          },
          j % 2 === 1,
        );
        // Every other jump goes back to the newest month, so each timed jump is to the oldest.
        if (took !== null && j % 2 === 0) out.jump.push(took);
      }
    } finally {
      await page.close();
    }
  }
  return out;
}

/** The History figures the table prints. */
export interface HistoryResult {
  empty: { median: number };
  fiveYears: { median: number; jumpMedian: number; jumps: number };
  /** Median over repeats of (five years ÷ empty) in that repeat. */
  ratio: number;
}

/** Medians per profile and the five-year ÷ empty ratio, from every repeat's samples. */
export function historyResult(
  repeats: { empty: HistorySamples; fiveYears: HistorySamples }[],
): HistoryResult {
  const all = (key: 'empty' | 'fiveYears', part: keyof HistorySamples) =>
    repeats.flatMap((r) => r[key][part]);
  return {
    empty: { median: median(all('empty', 'firstScreen')) },
    fiveYears: {
      median: median(all('fiveYears', 'firstScreen')),
      jumpMedian: median(all('fiveYears', 'jump')),
      jumps: all('fiveYears', 'jump').length,
    },
    ratio: median(
      repeats.map((r) => median(r.fiveYears.firstScreen) / median(r.empty.firstScreen)),
    ),
  };
}

/** The table's HISTORY section. */
export function historyLines(r: HistoryResult): string[] {
  const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    '',
    'HISTORY (options.html#history) · navigation → the newest day’s entries in the DOM and a frame drawn',
    `  first screen, empty profile        ${ms(r.empty.median)}`,
    `  first screen, five years           ${ms(r.fiveYears.median)}`,
    `  five years ÷ empty                 ${Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : 'n/a'}   goal ≤ 1.2× ${met(r.ratio <= 1.2)}`,
    `  jump to the oldest month (5 y back) ${ms(r.fiveYears.jumpMedian)}  (${r.fiveYears.jumps} jumps)   goal < 200 ms ${met(r.fiveYears.jumpMedian < 200)}`,
  ];
}
