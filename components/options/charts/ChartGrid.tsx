import type { ChartBox } from '@/utils/core/moodChart';

/** A chart's horizontal grid lines, each labelled with its value at the left (mood lines, bars). */
export function ChartGrid({ grid, box }: { grid: { value: number; y: number }[]; box: ChartBox }) {
  return (
    <>
      {grid.map((line) => (
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
    </>
  );
}
