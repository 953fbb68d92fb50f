import { insightCopy } from '@/utils/copy/options/insight';
import type { ExpectedFelt } from '@/utils/core/insights';
import { expectedLine } from '@/utils/pages/options/reviewWeek';

/**
 * "Before and after" in the review's Patterns (issue 28): for each step with at least 3 wins
 * where the person said how they thought it would go and, after, how it felt, over the weeks
 * looked back on, how often it went better, as expected or harder, with the counts. Shown once
 * the person has answered both for some win; until a step has enough, how many more could do.
 */
export function BeforeAfterCard({ expected }: { expected: ExpectedFelt }) {
  const words = insightCopy.patterns;
  if (expected.morePairs === null) return null;
  return (
    <section class="card wide" aria-labelledby="patterns-expected-heading">
      <h4 id="patterns-expected-heading">{words.expectedHeading}</h4>
      {expected.steps.length === 0 ? (
        <p class="soft">{words.expectedNeedMore(expected.morePairs)}</p>
      ) : (
        <>
          <ul class="plain patterns">
            {expected.steps.map((s) => (
              <li key={s.commitmentId} class="expected-line">
                {expectedLine(s)}
              </li>
            ))}
          </ul>
          <p class="soft small-text">{words.expectedIntro}</p>
        </>
      )}
    </section>
  );
}
