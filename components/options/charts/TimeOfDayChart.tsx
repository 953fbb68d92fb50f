import { useId } from 'preact/hooks';
import { insightCopy } from '@/utils/copy/options/insight';
import { reviewCopy } from '@/utils/copy/options/review';
import { barChart } from '@/utils/core/barChart';
import { busiestTimes, type TimeOfDay } from '@/utils/core/insights';
import type { ChartBox } from '@/utils/core/moodChart';
import { ChartGrid } from './ChartGrid';

const BOX: ChartBox = { width: 560, height: 180, left: 36, right: 16, top: 16, bottom: 36 };

/**
 * Wins by time of day over the weeks looked back on, as four bars, with a text summary and the
 * same numbers as a table. Wins added later without a time are left out, and the summary says so.
 * A tie names every time that had the most.
 */
export function TimeOfDayChart({
  byTime,
  untimed,
}: {
  byTime: { time: TimeOfDay; wins: number }[];
  untimed: number;
}) {
  const id = useId();
  const words = insightCopy.charts;
  const names = reviewCopy.review.timesOfDay;
  const total = byTime.reduce((a, t) => a + t.wins, 0);
  // The same busiest times as the week's card names, and every one on a tie.
  const best = busiestTimes(byTime);
  const g = barChart(
    byTime.map((t) => t.wins),
    BOX,
  );
  const label = (t: TimeOfDay) => words.timeNames[t];
  return (
    <div class="time-chart">
      <p id={`${id}-summary`}>
        {words.timeSummary(
          best.times.map((t) => names[t]),
          best.wins,
          total,
        )}
        {untimed > 0 && ` ${words.untimed(untimed)}`}
      </p>
      {total > 0 && (
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-summary`}
          class="chart bars"
          data-chart="time-of-day"
        >
          <title id={`${id}-title`}>{words.timeLabel}</title>
          <ChartGrid grid={g.grid} box={BOX} />
          {g.bars.map((b, i) => (
            <g key={byTime[i].time}>
              <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={3} class="chart-bar" />
              <text x={b.cx} y={BOX.height - 12} class="chart-label" text-anchor="middle">
                {label(byTime[i].time)}
              </text>
            </g>
          ))}
        </svg>
      )}
      <details class="chart-table">
        <summary>{words.showCounts}</summary>
        <table>
          <caption class="visually-hidden">{words.timeLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{words.timeOfDay}</th>
              <th scope="col">{words.wins}</th>
            </tr>
          </thead>
          <tbody>
            {byTime.map((t) => (
              <tr key={t.time}>
                <th scope="row">{label(t.time)}</th>
                <td>{t.wins}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
