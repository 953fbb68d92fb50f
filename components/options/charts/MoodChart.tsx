import { useId } from 'preact/hooks';
import { longDate, oneDecimal, shortWeekday } from '@/utils/copy/lang/intl';
import { reviewCopy } from '@/utils/copy/options/review';
import type { MoodDay } from '@/utils/core/insights';
import { moodChart, moodSummary } from '@/utils/core/moodChart';
import { MoodEnergyKey } from './MoodEnergyKey';
import { MoodEnergyLines } from './MoodEnergyLines';

/**
 * The week's mood and energy as a small line chart drawn in SVG, with a text summary (the
 * chart's accessible name) and the same numbers as a table. Colours come from the theme. In the
 * week the person began, only the days since their first day.
 */
export function MoodChart({ days }: { days: MoodDay[] }) {
  const id = useId();
  const g = moodChart(days);
  const summary = moodSummary(days);
  const words = reviewCopy.review;
  const summaryText = words.moodSummary(
    summary.days,
    summary.mood ?? 0,
    summary.energy ?? 0,
    days.length,
  );
  const { box } = g;
  return (
    <div class="mood-chart">
      <p id={`${id}-summary`}>{summaryText}</p>
      {summary.days > 0 && (
        <>
          <svg
            viewBox={`0 0 ${box.width} ${box.height}`}
            role="img"
            aria-labelledby={`${id}-title ${id}-summary`}
            class="chart"
          >
            <title id={`${id}-title`}>{words.chartLabel}</title>
            {days.map((d, i) => (
              <text
                key={d.day}
                x={g.xs[i]}
                y={box.height - 10}
                class="chart-label"
                text-anchor="middle"
              >
                {shortWeekday(d.day)}
              </text>
            ))}
            <MoodEnergyLines g={g} />
          </svg>
          <MoodEnergyKey mood={words.mood} energy={words.energy} />
          <details class="chart-table">
            <summary>{words.showTable}</summary>
            <table>
              <caption class="visually-hidden">{words.chartLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">{words.day}</th>
                  <th scope="col">{words.mood}</th>
                  <th scope="col">{words.energy}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{longDate(d.day)}</th>
                    {d.mood === null ? (
                      <td colSpan={2} class="soft">
                        {words.noCheckin}
                      </td>
                    ) : (
                      <>
                        <td>{d.mood === null ? '' : oneDecimal(d.mood)}</td>
                        <td>{d.energy === null ? '' : oneDecimal(d.energy)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  );
}
