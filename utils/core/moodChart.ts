import type { DayKey } from '@/utils/model/types';
import type { MoodDay } from './insights';

/**
 * The geometry of the weekly mood and energy chart: plain numbers and SVG path strings, so the
 * drawing is tested without a browser and needs no chart library.
 */

/** The drawing area, in SVG user units, with room around the plot for labels. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The default size of the weekly chart. */
export const MOOD_CHART_BOX: Readonly<ChartBox> = Object.freeze({
  width: 560,
  height: 200,
  left: 36,
  right: 16,
  top: 16,
  bottom: 36,
});

/** The scale's ends: check-ins run from 1 to 5. */
export const SCALE_MIN = 1;
/** The top of the scale. */
export const SCALE_MAX = 5;

/** One plotted check-in day. */
export interface ChartPoint {
  day: DayKey;
  x: number;
  y: number;
  value: number;
}

/** One line of the chart: its points and an SVG path through them, in day order. */
export interface ChartSeries {
  points: ChartPoint[];
  /** `M x y L x y …`, or '' with no points. */
  path: string;
}

/** Everything needed to draw the chart. */
export interface MoodChartGeometry {
  box: ChartBox;
  /** The x of each day, in order. */
  xs: number[];
  /** Horizontal guide lines, one per whole scale step. */
  grid: { value: number; y: number }[];
  mood: ChartSeries;
  energy: ChartSeries;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where a scale value (clamped to 1–5) sits vertically. */
export function yOf(value: number, box: ChartBox = MOOD_CHART_BOX): number {
  const v = Math.min(SCALE_MAX, Math.max(SCALE_MIN, value));
  const plot = box.height - box.top - box.bottom;
  return round(box.top + ((SCALE_MAX - v) / (SCALE_MAX - SCALE_MIN)) * plot);
}

/** Lays out days (usually seven) across the box; days without a check-in have no point. */
export function moodChart(days: MoodDay[], box: ChartBox = MOOD_CHART_BOX): MoodChartGeometry {
  const plotWidth = box.width - box.left - box.right;
  const step = days.length > 1 ? plotWidth / (days.length - 1) : 0;
  const xs = days.map((_, i) =>
    round(days.length > 1 ? box.left + i * step : box.left + plotWidth / 2),
  );
  const series = (pick: (d: MoodDay) => number | null): ChartSeries => {
    const points: ChartPoint[] = [];
    days.forEach((d, i) => {
      const value = pick(d);
      if (value === null || !Number.isFinite(value)) return;
      points.push({ day: d.day, x: xs[i], y: yOf(value, box), value });
    });
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
    return { points, path };
  };
  const grid: { value: number; y: number }[] = [];
  for (let v = SCALE_MIN; v <= SCALE_MAX; v++) grid.push({ value: v, y: yOf(v, box) });
  return { box, xs, grid, mood: series((d) => d.mood), energy: series((d) => d.energy) };
}

/** How many days had a check-in, and their mean mood and energy (null with none). */
export function moodSummary(days: MoodDay[]): {
  days: number;
  mood: number | null;
  energy: number | null;
} {
  const moods = days.flatMap((d) => (d.mood === null ? [] : [d.mood]));
  const energies = days.flatMap((d) => (d.energy === null ? [] : [d.energy]));
  const mean = (list: number[]) =>
    list.length ? list.reduce((a, n) => a + n, 0) / list.length : null;
  return { days: moods.length, mood: mean(moods), energy: mean(energies) };
}
