import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MoodChart } from '@/components/options/charts/MoodChart';
import { CalmBar } from '@/components/shared/CalmBar';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { shortDate } from '@/utils/copy/lang/intl';
import { reviewCopy } from '@/utils/copy/options/review';
import { loadReview } from '@/utils/pages/options/loadViews';
import { besideLines } from '@/utils/pages/options/reviewWeek';
import { ReflectionCard } from './ReflectionCard';
import { ReviewInsight } from './ReviewInsight';

/**
 * The weekly review (`#review`): three wins to celebrate, the evidence, how wins spread across
 * values, the time of day that suited, steps done smaller or set aside (as information), mood
 * and energy across the week, the week's reflection and one step, and patterns and charts over
 * the weeks up to it. Earlier weeks are one click away, back to the week the person
 * began and no further; kind words only.
 */
export function ReviewPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const [offset, setOffset] = useState(0);
  const live = useLive(() => loadReview(offset, new Date()));
  const words = reviewCopy.review;
  // While another week loads, keep showing the last one rather than flashing empty.
  const data = live.data;
  const review = data?.review;
  // Bars show counts on one scale, the largest count full: never a share of the whole.
  const mostWins = Math.max(
    1,
    review?.withoutValue ?? 0,
    ...(review?.valueWins.map((v) => v.wins) ?? []),
  );

  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  /** The nav button last pressed, to move focus on if it is now disabled (the first or this week). */
  const pressed = useRef<HTMLButtonElement | null>(null);

  // `useLive` reads once per change notice; a new week needs a read of its own. Both updates
  // land in one render, so the read sees the new week. Steps go from the week shown (the
  // loader keeps it within the person's weeks), so a click never lands on a week out of reach.
  const go = (by: number, from?: HTMLButtonElement | null) => {
    pressed.current = from ?? null;
    setOffset(by === 0 ? 0 : (data?.offset ?? offset) + by);
    live.reload();
  };
  const atFirst = data?.earliest ?? false;
  const shown = data?.offset ?? offset;
  useEffect(() => {
    const button = pressed.current;
    if (!button?.disabled) return;
    pressed.current = null;
    const other = button === previous.current ? next.current : previous.current;
    if (other && !other.disabled) other.focus();
  }, [data]);

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
        <button
          type="button"
          ref={previous}
          onClick={() => go(-1, previous.current)}
          disabled={atFirst}
        >
          <span aria-hidden="true">← </span>
          {words.previous}
        </button>
        <p class="week-range" aria-live="polite">
          {review ? words.range(shortDate(review.from), shortDate(review.weekEnd)) : ''}
        </p>
        <button type="button" ref={next} onClick={() => go(1, next.current)} disabled={shown >= 0}>
          {words.next}
          <span aria-hidden="true"> →</span>
        </button>
        {shown < 0 && (
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
              {besideLines(data.counts, data.current ? undefined : review.weekEnd).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>

          <section class="card" aria-labelledby="shares-heading">
            <h3 id="shares-heading">{words.sharesHeading}</h3>
            {review.totalWins === 0 ? (
              <p class="soft">{words.noShares}</p>
            ) : (
              <ul class="shares">
                {review.valueWins.map((v) => (
                  <li key={v.valueId}>
                    <span class="share-name" dir="auto">
                      {v.name}
                    </span>
                    <span class="soft">{words.valueWins(v.wins)}</span>
                    <CalmBar fraction={v.wins / mostWins} />
                  </li>
                ))}
                {review.withoutValue > 0 && (
                  <li>
                    <span class="share-name">{words.withoutValue}</span>
                    <span class="soft">{words.valueWins(review.withoutValue)}</span>
                    <CalmBar fraction={review.withoutValue / mostWins} />
                  </li>
                )}
              </ul>
            )}
          </section>

          <section class="card" aria-labelledby="time-heading">
            <h3 id="time-heading">{words.timeHeading}</h3>
            <p>
              {review.bestTimes.times.length > 0
                ? words.bestTime(
                    review.bestTimes.times.map((t) => words.timesOfDay[t]),
                    review.bestTimes.wins,
                  )
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
