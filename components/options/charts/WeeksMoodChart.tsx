import { useId } from 'preact/hooks';
import { shortDate } from '@/utils/copy/lang/intl';
import { insightCopy, oneDecimal } from '@/utils/copy/options/insight';
import { reviewCopy } from '@/utils/copy/options/review';
import { meanOfWeeks, type WeekMood } from '@/utils/core/insights';
import { MOOD_CHART_BOX, moodChart } from '@/utils/core/moodChart';
import { MoodEnergyKey } from './MoodEnergyKey';
import { MoodEnergyLines } from './MoodEnergyLines';

/**
 * Mood and energy over weeks: each week's average as a line chart in SVG (the weekly chart's
 * geometry, `moodChart`), a text summary that names the chart, and the same numbers as a table.
 */
export function WeeksMoodChart({ weeks }: { weeks: WeekMood[] }) {
  const id = useId();
  const words = insightCopy.charts;
  const review = reviewCopy.review;
  // Room on the right for the last week's date, centred under its point.
  const g = moodChart(weeks, { ...MOOD_CHART_BOX, right: 36 });
  const mood = meanOfWeeks(weeks, 'mood');
  const energy = meanOfWeeks(weeks, 'energy');
  const summary = words.moodSummary(mood.weeks, weeks.length, mood.mean ?? 0, energy.mean ?? 0);
  // Every other week is labelled when there are many, so the dates never overlap.
  const every = weeks.length > 6 ? 2 : 1;
  const { box } = g;
  return (
    <div class="mood-chart">
      <p id={`${id}-summary`}>{summary}</p>
      {mood.weeks > 0 && (
        <>
          <svg
            viewBox={`0 0 ${box.width} ${box.height}`}
            role="img"
            aria-labelledby={`${id}-title ${id}-summary`}
            class="chart"
            data-chart="mood-weeks"
          >
            <title id={`${id}-title`}>{words.moodLabel}</title>
            {weeks.map((w, i) =>
              i % every === (weeks.length - 1) % every ? (
                <text
                  key={w.day}
                  x={g.xs[i]}
                  y={box.height - 10}
                  class="chart-label"
                  text-anchor="middle"
                >
                  {shortDate(w.day)}
                </text>
              ) : null,
            )}
            <MoodEnergyLines g={g} />
          </svg>
          <MoodEnergyKey mood={review.mood} energy={review.energy} />
        </>
      )}
      <details class="chart-table">
        <summary>{words.showWeeks}</summary>
        <table>
          <caption class="visually-hidden">{words.moodLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{words.week}</th>
              <th scope="col">{review.mood}</th>
              <th scope="col">{review.energy}</th>
              <th scope="col">{words.checkinDays}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.day}>
                <th scope="row">{words.weekOf(shortDate(w.day))}</th>
                {w.mood === null ? (
                  <td colSpan={2} class="soft">
                    {words.noCheckin}
                  </td>
                ) : (
                  <>
                    <td>{oneDecimal(w.mood)}</td>
                    <td>{oneDecimal(w.energy)}</td>
                  </>
                )}
                <td>{w.days}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
