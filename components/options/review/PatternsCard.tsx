import { insightCopy } from '@/utils/copy/options/insight';
import type { Patterns } from '@/utils/core/insights';

/**
 * Patterns over the weeks looked back on: mood on days with each value and step beside days
 * without it, with both counts, and how steps felt beside the check-in before them. With too
 * little data it says so, and how much more would be enough; never a cause.
 */
export function PatternsCard({ patterns }: { patterns: Patterns }) {
  const words = insightCopy.patterns;
  return (
    <>
      <section class="card wide" aria-labelledby="patterns-mood-heading">
        <h4 id="patterns-mood-heading">{words.moodHeading}</h4>
        {patterns.mood.length === 0 ? (
          <p class="soft">{words.needMore(patterns.moreDays)}</p>
        ) : (
          <>
            <ul class="plain patterns">
              {patterns.mood.map((p) => (
                <li key={`${p.kind}:${p.id}`}>
                  {(p.kind === 'value' ? words.valueLine : words.stepLine)(
                    p.name,
                    p.with.days,
                    p.with.mood,
                    p.without.days,
                    p.without.mood,
                  )}
                </li>
              ))}
            </ul>
            {patterns.leftOut > 0 && (
              <p class="soft small-text">{words.leftOut(patterns.leftOut)}</p>
            )}
          </>
        )}
      </section>
      <section class="card wide" aria-labelledby="patterns-felt-heading">
        <h4 id="patterns-felt-heading">{words.feltHeading}</h4>
        {patterns.felt.length === 0 ? (
          <p class="soft">{words.feltNeedMore(patterns.moreFelt)}</p>
        ) : (
          <>
            <ul class="plain patterns">
              {patterns.felt.map((f) => (
                <li key={f.commitmentId}>{words.feltLine(f.step, f.times, f.felt, f.before)}</li>
              ))}
            </ul>
            <p class="soft small-text">{words.feltNote}</p>
          </>
        )}
      </section>
    </>
  );
}
