import type { Ref } from 'preact';
import { copy } from '../../utils/copy';
import { dayKey, shortDate } from '../../utils/model/day';
import { loadSummary } from '../../utils/pages/options/loadViews';
import { StorageProblem } from '../shared/StorageProblem';
import { useLive } from '../shared/useLive';

/**
 * The printable summary (`#summary`): what matters to the person, the steps in use, and what
 * went well this week, for them to print or save as a PDF and share on purpose. The page's
 * nav, footer and buttons stay off the printed page (options.css, `@media print`).
 */
export function SummaryPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const words = copy.options.summary;
  const review = copy.options.review;
  const live = useLive(() => loadSummary(new Date()));
  const data = live.data;

  return (
    <section class="view summary" aria-labelledby="summary-heading">
      <header class="view-head">
        <h2 id="summary-heading" ref={headingRef} tabIndex={-1}>
          {words.heading}
        </h2>
        <p class="soft no-print">{words.intro}</p>
        <div class="actions no-print">
          <button type="button" class="primary" onClick={() => window.print()} disabled={!data}>
            {words.print}
          </button>
          <a href="#data">{words.back}</a>
        </div>
      </header>
      {live.status === 'error' && <StorageProblem />}
      {data && (
        <>
          <section class="card" aria-labelledby="summary-values-heading">
            <h3 id="summary-values-heading">{words.valuesHeading}</h3>
            {data.values.length === 0 ? (
              <p class="soft">{copy.empty.noValues}</p>
            ) : (
              data.values.map((v) => (
                <article class="summary-value" key={v.id} aria-label={v.name}>
                  <h4>{v.name}</h4>
                  {v.looksLike && <p>{v.looksLike}</p>}
                  {v.why && <p class="soft">{v.why}</p>}
                  {v.plans.length === 0 ? (
                    <p class="soft">{words.noStepsYet}</p>
                  ) : (
                    <ul class="plain">
                      {v.plans.map((plan) => (
                        <li key={plan}>{plan}</li>
                      ))}
                    </ul>
                  )}
                </article>
              ))
            )}
          </section>
          <section class="card" aria-labelledby="summary-well-heading">
            <h3 id="summary-well-heading">
              {words.wentWellHeading(shortDate(data.weekStart), shortDate(data.weekEnd))}
            </h3>
            {data.wentWell.length === 0 ? (
              <p class="soft">{copy.options.quietWeek}</p>
            ) : (
              <ul class="plain">
                {data.wentWell.map((w) => (
                  <li key={`${w.commitmentId ?? w.step}-${w.valueId}`}>
                    {w.step} <span class="soft">{review.forValue(w.valueName)}</span>,{' '}
                    {review.times(w.times)}
                  </li>
                ))}
              </ul>
            )}
            <ul class="plain">
              <li>{review.weekWins(data.weekWins)}</li>
              <li>{copy.options.winsThisMonth(data.monthWins)}</li>
              <li>{review.winDays(data.winDays)}</li>
            </ul>
          </section>
          <p class="soft">{words.madeOn(shortDate(dayKey(new Date())))}</p>
        </>
      )}
    </section>
  );
}
