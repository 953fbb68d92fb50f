import type { MoodChartGeometry } from '../../utils/core/moodChart';

/**
 * The grid (1–5) and the mood and energy lines of a chart, with their points (a circle for mood, a square for
 * energy, so colour is never the only cue); shared by the week's chart and the chart over weeks.
 */
export function MoodEnergyLines({ g }: { g: MoodChartGeometry }) {
  const { box } = g;
  return (
    <>
      {g.grid.map((line) => (
        <g key={line.value}>
          <line
            x1={box.left}
            x2={box.width - box.right}
            y1={line.y}
            y2={line.y}
            class="chart-grid"
          />
          <text x={box.left - 10} y={line.y + 4} class="chart-label" text-anchor="end">
            {line.value}
          </text>
        </g>
      ))}
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
