import type { MoodChartGeometry } from '@/utils/core/moodChart';
import { ChartGrid } from './ChartGrid';

/**
 * The grid (1–5) and the mood and energy lines of a chart, with their points (a circle for mood, a square for
 * energy, so colour is never the only cue); shared by the week's chart and the chart over weeks.
 */
export function MoodEnergyLines({ g }: { g: MoodChartGeometry }) {
  return (
    <>
      <ChartGrid grid={g.grid} box={g.box} />
      <path d={g.energy.path} class="chart-line energy" />
      <path d={g.mood.path} class="chart-line mood" />
      {g.energy.points.map((p) => (
        <rect
          key={`e-${p.day}`}
          x={p.x - 4}
          y={p.y - 4}
          width={8}
          height={8}
          class="chart-dot energy"
        />
      ))}
      {g.mood.points.map((p) => (
        <circle key={`m-${p.day}`} cx={p.x} cy={p.y} r={5} class="chart-dot mood" />
      ))}
    </>
  );
}
