import { grid, ms, spread } from './format';
import type { PageResult } from './pageResult';
import type { PaintSample } from './paint';
import { pairedRatio, type Ratio, type Timing, timing } from './stats';

/**
 * The new tab with sync on: a profile holding the plan alone (10 values, 40 steps) with sync
 * turned on (bench/sync.ts) joins the new tab's warm rounds (bench/rounds.ts) beside its own
 * static copy, and its live ÷ static is set beside the sync-off profiles' from the same rounds.
 * Nothing about sync should run before the new tab's first frame, so the goal is "within noise".
 */

/** The new tab with sync on, beside the same figure with sync off. */
export interface SyncNewTab {
  metric: string;
  real: Timing;
  static: Timing;
  realOverStatic: Ratio;
  /** The sync-off profiles' live page and live ÷ static, from the same rounds. */
  syncOff: Record<string, { median: number; p95: number; realOverStatic: Ratio }>;
  /** The span of the sync-off per-repeat medians: what the ratio moves by on its own. */
  noise: [number, number];
  withinNoise: boolean;
}

/** The new tab's live ÷ static with sync on (`real:syncOn`), beside the sync-off profiles'. */
export function syncNewTab(raw: Record<string, PaintSample[][]>, newtab: PageResult): SyncNewTab {
  const byElement = newtab.metric === 'element timing renderTime';
  const of = (key: string) =>
    raw[key].map((loads) => loads.map((s) => (byElement ? s.element : s.fcp)));
  const off = Object.values(newtab.realOverStatic).flatMap((q) => q.perRepeat);
  const noise: [number, number] = [Math.min(...off), Math.max(...off)];
  const realOverStatic = pairedRatio(of('real:syncOn'), of('static:syncOn'));
  return {
    metric: newtab.metric,
    real: timing(of('real:syncOn')),
    static: timing(of('static:syncOn')),
    realOverStatic,
    syncOff: Object.fromEntries(
      Object.entries(newtab.realOverStatic).map(([p, q]) => [
        p,
        { median: newtab.real[p].median, p95: newtab.real[p].p95, realOverStatic: q },
      ]),
    ),
    noise,
    withinNoise: realOverStatic.median >= noise[0] && realOverStatic.median <= noise[1],
  };
}

/** The SYNC section's new tab rows: sync on, beside sync off. */
export function syncNewTabLines(t: SyncNewTab): string[] {
  const offLabel: Record<string, string> = { empty: 'empty', fiveYears: 'five years, same plan' };
  return [
    `  new tab, live ÷ static (${t.metric === 'element timing renderTime' ? 'value statement painted' : t.metric}, the same rounds as NEW TAB)`,
    ...grid([
      ['profile', 'median', 'p95', 'live ÷ static', 'goal'],
      [
        'sync on, the plan alone',
        ms(t.real.median),
        ms(t.real.p95),
        spread(t.realOverStatic),
        `within noise of sync off: ${t.withinNoise ? 'yes' : 'no, look again'} (${t.noise[0].toFixed(2)}–${t.noise[1].toFixed(2)})`,
      ],
      ...Object.entries(t.syncOff).map(([p, off]) => [
        `sync off, ${offLabel[p] ?? p}`,
        ms(off.median),
        ms(off.p95),
        spread(off.realOverStatic),
        '',
      ]),
    ]),
  ];
}
