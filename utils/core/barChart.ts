/**
 * The geometry of the review's bar charts (wins per value per week, wins by time of day): plain
 * numbers, as `moodChart.ts` does for lines, so the drawing is tested without a browser and
 * needs no chart library.
 */
import type { ChartBox } from './moodChart';

/** One bar: where it sits and the count it stands for. */
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The centre of the bar, for its label. */
  cx: number;
  value: number;
}

/** Everything needed to draw a bar chart. */
export interface BarChartGeometry {
  box: ChartBox;
  bars: Bar[];
  /** The top of the scale: the largest count, at least 1. */
  max: number;
  /** Guide lines at whole counts (at most five), bottom first. */
  grid: { value: number; y: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out one bar per count across the box, on a scale from 0 to the largest count. */
export function barChart(counts: readonly number[], box: ChartBox): BarChartGeometry {
  const max = Math.max(1, ...counts.filter((n) => Number.isFinite(n)));
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const slot = counts.length ? plotWidth / counts.length : plotWidth;
  const width = round(Math.max(2, slot * 0.62));
  const yOf = (v: number) => round(box.top + plotHeight - (Math.max(0, v) / max) * plotHeight);
  const bars = counts.map((raw, i): Bar => {
    const value = Number.isFinite(raw) ? Math.max(0, raw) : 0;
    const cx = round(box.left + slot * i + slot / 2);
    const y = yOf(value);
    return {
      x: round(cx - width / 2),
      y,
      width,
      height: round(box.top + plotHeight - y),
      cx,
      value,
    };
  });
  const step = Math.max(1, Math.ceil(max / 4));
  const grid: { value: number; y: number }[] = [];
  for (let v = 0; v <= max; v += step) grid.push({ value: v, y: yOf(v) });
  return { box, bars, max, grid };
}
