import { useId } from 'preact/hooks';
import { shortDate } from '@/utils/copy/lang/intl';
import { insightCopy } from '@/utils/copy/options/insight';
import { barChart } from '@/utils/core/barChart';
import type { ValueWeeks } from '@/utils/core/insights';
import type { ChartBox } from '@/utils/core/moodChart';

/** One small bar chart per value: a row each, on the same scale, so no colour key is needed. */
const ROW_BOX: ChartBox = { width: 560, height: 56, left: 8, right: 8, top: 6, bottom: 6 };

/**
 * Wins for each value, week by week: a row of bars per value (same scale for all), a text
 * summary, and the same numbers as a table (weeks down, values across). Wins with no value have
 * a row of their own, so the summary counts every small win, as the rest of the review does.
 */
export function ValueWinsChart({
  weeks,
  values,
  withoutValue,
  total,
}: {
  weeks: string[];
  values: ValueWeeks[];
  /** Wins with no value (or one since removed), week by week. */
  withoutValue: number[];
  /** Every small win in these weeks. */
  total: number;
}) {
  const id = useId();
  const words = insightCopy.charts;
  const top = values[0];
  const otherTotal = withoutValue.reduce((a, n) => a + n, 0);
  const rows: ValueWeeks[] =
    otherTotal > 0
      ? [
          ...values,
          { valueId: '', name: words.withoutValue, wins: withoutValue, total: otherTotal },
        ]
      : values;
  const max = Math.max(1, ...rows.flatMap((v) => v.wins));
  const summary = words.valuesSummary(total, weeks.length, top?.name ?? '', top?.total ?? 0);
  return (
    <div class="value-weeks">
      <p id={`${id}-summary`}>{summary}</p>
      {total > 0 && (
        <ul class="plain value-rows" aria-label={words.valuesLabel}>
          {rows.map((v) => {
            // The largest count of any value sets the scale, so rows compare at a glance.
            const g = barChart([...v.wins, max], ROW_BOX);
            const bars = g.bars.slice(0, -1);
            return (
              <li key={v.valueId}>
                <span class="value-row-name" dir="auto">
                  {v.name}
                </span>
                <svg
                  viewBox={`0 0 ${ROW_BOX.width} ${ROW_BOX.height}`}
                  role="img"
                  aria-label={words.valueRow(v.name, v.total, weeks.length)}
                  class="chart bars"
                  data-chart="value-weeks"
                >
                  <line
                    x1={ROW_BOX.left}
                    x2={ROW_BOX.width - ROW_BOX.right}
                    y1={ROW_BOX.height - ROW_BOX.bottom}
                    y2={ROW_BOX.height - ROW_BOX.bottom}
                    class="chart-grid"
                  />
                  {bars.map((b, i) => (
                    <rect
                      key={weeks[i]}
                      x={b.x}
                      y={b.y}
                      width={b.width}
                      height={b.height}
                      rx={2}
                      class="chart-bar"
                    />
                  ))}
                </svg>
              </li>
            );
          })}
        </ul>
      )}
      <details class="chart-table">
        <summary>{words.showWeeks}</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the page scrolls, and must be reachable by keyboard (axe scrollable-region-focusable). */}
        <section class="table-scroll" aria-label={words.valuesTable} tabIndex={0}>
          <table>
            <caption class="visually-hidden">{words.valuesLabel}</caption>
            <thead>
              <tr>
                <th scope="col">{words.week}</th>
                {rows.map((v) => (
                  <th scope="col" key={v.valueId} dir="auto">
                    {v.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((w, i) => (
                <tr key={w}>
                  <th scope="row">{words.weekOf(shortDate(w))}</th>
                  {rows.map((v) => (
                    <td key={v.valueId}>{v.wins[i]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </div>
  );
}
