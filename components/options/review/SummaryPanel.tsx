import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { shortDate } from '@/utils/copy/lang/intl';
import { dataCopy } from '@/utils/copy/options/data';
import { insightCopy } from '@/utils/copy/options/insight';
import { reviewCopy } from '@/utils/copy/options/review';
import '@/assets/insight.css';
import { WeeksMoodChart } from '@/components/options/charts/WeeksMoodChart';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { dayKey } from '@/utils/model/day';
import { loadSummary, type SummaryChoices } from '@/utils/pages/options/loadViews';
import { expectedSummaryLine } from '@/utils/pages/options/reviewWeek';
import { moodWeekLine, shareText, summaryCountLines } from '@/utils/pages/options/shareText';
import { SummaryHardDays } from './SummaryHardDays';

/**
 * The summary to share (`#summary`): what matters to the person, the steps in use, this week's one
 * step, and what went well over 1, 2 or 4 weeks (never from before the person's first day); the
 * weekly mood and energy, how steps went beside how they were expected to go ("Include how steps
 * went", issue 28), the reflections and the plan for hard days (offered only when there is one)
 * only when chosen; no choice is remembered past this visit. Printed, saved as a PDF, or copied
 * as a short text ("Copy for someone you trust"). The page's nav, footer and controls stay off the
 * printed page (options.css, `@media print`).
 */
export function SummaryPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const words = dataCopy.summary;
  const review = reviewCopy.review;
  const [choices, setChoices] = useState<SummaryChoices>({
    weeks: 1,
    mood: false,
    reflections: false,
    hardDays: false,
    expected: false,
  });
  const live = useLive(() => loadSummary(new Date(), choices));
  const [said, setSaid] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else live.reload();
  }, [choices]);
  const data = live.data;
  // Only spans there have been weeks for: none at all in the person's first week.
  const periods = data?.periods ?? [];
  const madeOn = shortDate(dayKey(new Date()));
  const choose = (patch: Partial<SummaryChoices>) => {
    setSaid('');
    setChoices((c) => ({ ...c, ...patch }));
  };

  const copyText = async () => {
    if (!data) return;
    try {
      await navigator.clipboard.writeText(shareText(data, madeOn));
      setSaid(words.copied);
    } catch {
      setSaid(words.notCopied);
    }
  };

  return (
    <section class="view summary" aria-labelledby="summary-heading">
      <header class="view-head">
        <h2 id="summary-heading" ref={headingRef} tabIndex={-1}>
          {words.heading}
        </h2>
        <p class="soft no-print">{words.intro}</p>
        <fieldset class="card summary-choices no-print">
          <legend>{words.choicesLabel}</legend>
          {periods.length > 1 && (
            <fieldset class="period">
              <legend>{words.periodLabel}</legend>
              {periods.map((n) => (
                <label key={n} class="period-choice">
                  <input
                    type="radio"
                    name="summary-weeks"
                    checked={Math.min(choices.weeks, periods[periods.length - 1]) === n}
                    onChange={() => choose({ weeks: n })}
                  />
                  {words.period(n)}
                </label>
              ))}
            </fieldset>
          )}
          <div class="check-row">
            <input
              id="summary-mood"
              type="checkbox"
              checked={choices.mood}
              onChange={(e) => choose({ mood: (e.target as HTMLInputElement).checked })}
            />
            <label for="summary-mood">{words.includeMood}</label>
          </div>
          <div class="check-row">
            <input
              id="summary-reflections"
              type="checkbox"
              checked={choices.reflections}
              onChange={(e) => choose({ reflections: (e.target as HTMLInputElement).checked })}
            />
            <label for="summary-reflections">{words.includeReflections}</label>
          </div>
          <div class="check-row">
            <input
              id="summary-expected"
              type="checkbox"
              checked={choices.expected === true}
              onChange={(e) => choose({ expected: (e.target as HTMLInputElement).checked })}
            />
            <label for="summary-expected">{words.includeExpected}</label>
          </div>
          {/* Offered only when there is a plan to include: no plan, no box (nothing to explain). */}
          {data?.hardDaysOffered && (
            <div class="check-row">
              <input
                id="summary-hard-days"
                type="checkbox"
                checked={choices.hardDays === true}
                onChange={(e) => choose({ hardDays: (e.target as HTMLInputElement).checked })}
              />
              <label for="summary-hard-days">{words.includeHardDays}</label>
            </div>
          )}
        </fieldset>
        <div class="actions no-print">
          <button type="button" class="primary" onClick={() => window.print()} disabled={!data}>
            {words.print}
          </button>
          <button type="button" onClick={copyText} disabled={!data}>
            {words.copy}
          </button>
          <a href="#data">{words.back}</a>
          <p class="said" role="status">
            {said}
          </p>
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
                  <h4 dir="auto">{v.name}</h4>
                  {v.looksLike && <p dir="auto">{v.looksLike}</p>}
                  {v.why && (
                    <p class="soft" dir="auto">
                      {v.why}
                    </p>
                  )}
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
          <section class="card" aria-labelledby="summary-step-heading">
            <h3 id="summary-step-heading">{words.weekStepHeading}</h3>
            <p class={data.weekStep ? 'win-step' : 'soft'}>
              {data.weekStep
                ? words.weekStep(data.weekStep.step, data.weekStep.valueName)
                : words.noWeekStep}
            </p>
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
                    <span dir="auto">{w.step}</span>{' '}
                    <span class="soft">{review.forValue(w.valueName)}</span>,{' '}
                    {review.times(w.times)}
                  </li>
                ))}
              </ul>
            )}
            <ul class="plain">
              {summaryCountLines(data).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          {data.moodWeeks && (
            <section class="card" aria-labelledby="summary-mood-heading">
              <h3 id="summary-mood-heading">{words.moodHeading}</h3>
              <WeeksMoodChart weeks={data.moodWeeks} />
              <ul class="plain print-only">
                {data.moodWeeks.map((w) => (
                  <li key={w.day}>{moodWeekLine(w)}</li>
                ))}
              </ul>
            </section>
          )}
          {data.expected && (
            <section class="card" aria-labelledby="summary-expected-heading">
              <h3 id="summary-expected-heading">{words.expectedHeading}</h3>
              {data.expected.length === 0 ? (
                <p class="soft">{words.noExpected}</p>
              ) : (
                <ul class="plain">
                  {data.expected.map((s) => (
                    <li key={s.commitmentId}>{expectedSummaryLine(s)}</li>
                  ))}
                </ul>
              )}
            </section>
          )}
          {data.reflections && (
            <section class="card" aria-labelledby="summary-reflections-heading">
              <h3 id="summary-reflections-heading">{words.reflectionsHeading}</h3>
              {data.reflections.length === 0 ? (
                <p class="soft">{words.noReflections}</p>
              ) : (
                data.reflections.map((r) => (
                  <article class="summary-value" key={r.weekStart}>
                    <h4>{insightCopy.charts.weekOf(shortDate(r.weekStart))}</h4>
                    {r.helped && (
                      <p>
                        <strong>{words.helped}:</strong> <span dir="auto">{r.helped}</span>
                      </p>
                    )}
                    {r.inTheWay && (
                      <p>
                        <strong>{words.inTheWay}:</strong> <span dir="auto">{r.inTheWay}</span>
                      </p>
                    )}
                  </article>
                ))
              )}
            </section>
          )}
          {data.hardDays && <SummaryHardDays plan={data.hardDays} />}
          <p class="soft">{words.madeOn(madeOn)}</p>
        </>
      )}
    </section>
  );
}
