import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { copy } from '../../utils/copy';
import { shortDate } from '../../utils/model/day';
import { monthName } from '../../utils/model/month';
import { loadReview } from '../../utils/pages/options/loadViews';
import { CalmBar } from '../shared/CalmBar';
import { StorageProblem } from '../shared/StorageProblem';
import { useLive } from '../shared/useLive';
import { MoodChart } from './MoodChart';
import { ReflectionCard } from './ReflectionCard';
import { ReviewInsight } from './ReviewInsight';

/**
 * The weekly review (`#review`): three wins to celebrate, the evidence, how wins spread across
 * values, the time of day that suited, steps done smaller or set aside (as information), mood
 * and energy across the week, the week's reflection and one step, and patterns and charts over
 * the weeks up to it (issue 14). Earlier weeks are one click away; kind words only.
 */
export function ReviewPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const [offset, setOffset] = useState(0);
  const live = useLive(() => loadReview(offset, new Date()));
  const words = copy.options.review;
  // While another week loads, keep showing the last one rather than flashing empty.
  const data = live.data;
  const review = data?.review;

  // `useLive` reads once per change notice; a new week needs a read of its own. Both updates
  // land in one render, so the read sees the new week.
  const go = (next: number) => {
    setOffset(next);
    live.reload();
  };

  return (
    <section class="view review" aria-labelledby="review-heading">
      <header class="view-head">
        <h2 id="review-heading" ref={headingRef} tabIndex={-1}>
          {words.heading}
        </h2>
        <p class="soft">{words.intro}</p>
      </header>
      {live.status === 'error' && <StorageProblem />}
      <nav class="week-nav" aria-label={words.heading}>
        <button type="button" onClick={() => go(offset - 1)}>
          <span aria-hidden="true">← </span>
          {words.previous}
        </button>
        <p class="week-range" aria-live="polite">
          {review ? words.range(shortDate(review.weekStart), shortDate(review.weekEnd)) : ''}
        </p>
        <button type="button" onClick={() => go(offset + 1)} disabled={offset >= 0}>
          {words.next}
          <span aria-hidden="true"> →</span>
        </button>
        {offset < 0 && (
          <button type="button" class="link" onClick={() => go(0)}>
            {words.thisWeek}
          </button>
        )}
      </nav>

      {review && data && (
        <div class="review-grid">
          <section class="card wide celebrate" aria-labelledby="celebrate-heading">
            <h3 id="celebrate-heading">{words.celebrateHeading}</h3>
            {review.celebrate.length === 0 ? (
              <p class="soft">{copy.options.quietWeek}</p>
            ) : (
              <ol class="wins">
                {review.celebrate.map((w) => (
                  <li key={`${w.commitmentId ?? w.step}-${w.valueId}`}>
                    <span class="win-step" dir="auto">
                      {w.step}
                    </span>
                    <span class="soft">
                      {words.forValue(w.valueName)} · {words.times(w.times)}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section class="card" aria-labelledby="evidence-heading">
            <h3 id="evidence-heading">{words.evidenceHeading}</h3>
            <p class="big-number">{words.weekWins(review.totalWins)}</p>
            <ul class="plain">
              {data.current ? (
                <>
                  <li>{copy.options.winsThisMonth(data.evidence.month)}</li>
                  <li>{words.winDays(data.evidence.daysWithWinLast30)}</li>
                </>
              ) : (
                <>
                  <li>{words.winsThatMonth(data.evidence.month, monthName(review.weekEnd))}</li>
                  <li>
                    {words.winDaysBefore(
                      data.evidence.daysWithWinLast30,
                      shortDate(review.weekEnd),
                    )}
                  </li>
                </>
              )}
            </ul>
          </section>

          <section class="card" aria-labelledby="shares-heading">
            <h3 id="shares-heading">{words.sharesHeading}</h3>
            {review.valueShares.every((s) => s.wins === 0) ? (
              <p class="soft">{words.noShares}</p>
            ) : (
              <ul class="shares">
                {review.valueShares.map((s) => (
                  <li key={s.valueId}>
                    <span class="share-name" dir="auto">
                      {s.name}
                    </span>
                    <span class="soft">{words.shareLine(s.wins, Math.round(s.share * 100))}</span>
                    <CalmBar fraction={s.share} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section class="card" aria-labelledby="time-heading">
            <h3 id="time-heading">{words.timeHeading}</h3>
            <p>
              {review.bestTimeOfDay
                ? words.bestTime(words.timesOfDay[review.bestTimeOfDay])
                : words.noBestTime}
            </p>
          </section>

          <section class="card" aria-labelledby="resized-heading">
            <h3 id="resized-heading">
              {words.resizedHeading} · {words.skippedHeading}
            </h3>
            {review.resized.length === 0 && review.skipped.length === 0 ? (
              <p class="soft">{words.nothingResized}</p>
            ) : (
              <>
                <ul class="plain">
                  {review.resized.map((r) => (
                    <li key={`r-${r.commitmentId}`}>{words.resizedLine(r.smallerStep, r.count)}</li>
                  ))}
                  {review.skipped.map((s) => (
                    <li key={`s-${s.commitmentId}`}>{words.skippedLine(s.step, s.count)}</li>
                  ))}
                </ul>
                <p class="soft small-text">{words.infoNote}</p>
              </>
            )}
          </section>

          <section class="card wide" aria-labelledby="mood-heading">
            <h3 id="mood-heading">{words.moodHeading}</h3>
            <MoodChart days={review.moodTrend} />
            <p class="soft">{review.trend ? words.trend[review.trend] : words.noTrend}</p>
          </section>

          <ReflectionCard weekStart={review.weekStart} />
          <ReviewInsight weekStart={review.weekStart} />
        </div>
      )}
    </section>
  );
}
