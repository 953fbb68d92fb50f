import { useEffect, useRef, useState } from 'preact/hooks';
import { insightCopy } from '@/utils/copy/options/insight';
import '@/assets/insight.css';
import { TimeOfDayChart } from '@/components/options/charts/TimeOfDayChart';
import { ValueWinsChart } from '@/components/options/charts/ValueWinsChart';
import { WeeksMoodChart } from '@/components/options/charts/WeeksMoodChart';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLive } from '@/hooks/useLive';
import type { DayKey } from '@/utils/model/types';
import { INSIGHT_WEEKS, loadInsight } from '@/utils/pages/options/loadInsight';
import { BeforeAfterCard } from './BeforeAfterCard';
import { PatternsCard } from './PatternsCard';

/**
 * The review's look over several weeks: Patterns (with "Before and after") and the charts over
 * weeks, for the 4 or 12 weeks ending with the week shown (12 unless the person picks 4), and
 * never from before the week the person began.
 */
export function ReviewInsight({ weekStart }: { weekStart: DayKey }) {
  const [weeks, setWeeks] = useState<number>(INSIGHT_WEEKS[1]);
  const live = useLive(() => loadInsight(weekStart, weeks));
  const words = insightCopy.patterns;
  const charts = insightCopy.charts;
  // A new span or week needs a read of its own (see ReviewPanel's week nav).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else live.reload();
  }, [weekStart, weeks]);
  const data = live.data;
  // Only spans there have been weeks for: "12 weeks" in someone's third week would
  // add nine empty ones, so it reads "3 weeks", and with one span left there is no choice.
  const choices = data?.choices ?? [];

  return (
    <>
      <section class="card wide insight" aria-labelledby="patterns-heading">
        <div class="insight-head">
          <h3 id="patterns-heading">{words.heading}</h3>
          {choices.length > 1 && (
            <fieldset class="period">
              <legend>{words.periodLabel}</legend>
              {choices.map((n) => (
                <label key={n} class="period-choice">
                  <input
                    type="radio"
                    name="insight-weeks"
                    value={n}
                    checked={Math.min(weeks, choices[choices.length - 1]) === n}
                    onChange={() => setWeeks(n)}
                  />
                  {words.period(n)}
                </label>
              ))}
            </fieldset>
          )}
        </div>
        {data && <p class="soft">{words.intro(data.weeks)}</p>}
        {live.status === 'error' && <StorageProblem />}
        {data && (
          <div class="review-grid">
            <PatternsCard patterns={data.patterns} />
            <BeforeAfterCard expected={data.expected} />
          </div>
        )}
      </section>
      {data && (
        <section class="card wide insight" aria-labelledby="charts-heading" data-weeks={data.weeks}>
          <h3 id="charts-heading">{charts.heading}</h3>
          <section class="chart-part">
            <h4 id="charts-mood-heading">{charts.moodLabel}</h4>
            <WeeksMoodChart weeks={data.trends.mood} />
          </section>
          <section class="chart-part">
            <h4 id="charts-values-heading">{charts.valuesLabel}</h4>
            <ValueWinsChart
              weeks={data.trends.weeks}
              values={data.trends.byValue}
              withoutValue={data.trends.withoutValue}
              total={data.trends.total}
            />
          </section>
          <section class="chart-part">
            <h4 id="charts-time-heading">{charts.timeLabel}</h4>
            <TimeOfDayChart byTime={data.trends.byTime} untimed={data.trends.untimed} />
          </section>
        </section>
      )}
    </>
  );
}
