/**
 * Before and after (issue 28): for each step, its wins that carry both how the person expected
 * it to go (`expected`, asked before Done) and how it felt (`felt`, after), counted as went
 * better than expected, as expected, or harder. Counts only, never a cause, and nothing for a
 * step with fewer than `EXPECTED_MIN_PAIRS` such wins (the same rule of enough as Patterns).
 */
import type { Commitment, DayKey, Entry } from '@/utils/model/types';

/** Wins with both numbers a step needs before its line is shown. */
export const EXPECTED_MIN_PAIRS = 3;

/**
 * Which sentence a step gets, from its counts: `better` when more than half its pairs felt better
 * than expected ("went better than you expected 7 of 10 times"); `harder` when more than half
 * felt harder (kind words naming the count and offering the smaller step, never a verdict);
 * otherwise `steady`, which names the times it went as expected or better.
 */
export type ExpectedTone = 'better' | 'steady' | 'harder';

/** A step's wins with both numbers, counted. */
export interface ExpectedFeltStep {
  commitmentId: string;
  /** The step's words today, and its smaller step's (the harder line offers it). */
  step: string;
  smallerStep: string;
  /** Wins with both `expected` and `felt`. */
  pairs: number;
  /** Felt above expected. */
  better: number;
  /** Felt equal to expected. */
  same: number;
  /** Felt below expected. */
  harder: number;
  tone: ExpectedTone;
  /** The count the sentence names: `better`, `harder`, or `better + same` for `steady`. */
  count: number;
}

/** The steps with enough pairs, and how near the nearest of the rest is. */
export interface ExpectedFelt {
  /** Steps with at least `EXPECTED_MIN_PAIRS` pairs: most pairs first, then by words. */
  steps: ExpectedFeltStep[];
  /**
   * With no step shown: the fewest more pairs that could show one; 0 when some step is shown;
   * null when there is no pair at all (the person has not answered both questions yet).
   */
  morePairs: number | null;
}

/** The sentence a step's counts get (see `ExpectedTone`). */
export function expectedTone(counts: { pairs: number; better: number; harder: number }): {
  tone: ExpectedTone;
  count: number;
} {
  const { pairs, better, harder } = counts;
  if (better * 2 > pairs) return { tone: 'better', count: better };
  if (harder * 2 > pairs) return { tone: 'harder', count: harder };
  return { tone: 'steady', count: pairs - harder };
}

/**
 * Counts each step's wins with both numbers, over the entries from `from` to `to` when given
 * (both included; every entry when not). A win for the step or its smaller step counts alike;
 * wins with only one of the numbers, free wins, skips and check-ins are left out, and so are
 * wins of a step no longer in `commitments` (no words to show them with). One pass.
 */
export function expectedFelt(input: {
  commitments: readonly Commitment[];
  entries: readonly Entry[];
  from?: DayKey;
  to?: DayKey;
}): ExpectedFelt {
  const { from, to } = input;
  const byId = new Map(input.commitments.map((c) => [c.id, c]));
  const counts = new Map<string, { pairs: number; better: number; same: number; harder: number }>();
  for (const e of input.entries) {
    if (e.kind !== 'win' || !e.commitmentId || !byId.has(e.commitmentId)) continue;
    if ((from && e.day < from) || (to && e.day > to)) continue;
    if (typeof e.expected !== 'number' || typeof e.felt !== 'number') continue;
    let c = counts.get(e.commitmentId);
    if (!c) {
      c = { pairs: 0, better: 0, same: 0, harder: 0 };
      counts.set(e.commitmentId, c);
    }
    c.pairs++;
    if (e.felt > e.expected) c.better++;
    else if (e.felt < e.expected) c.harder++;
    else c.same++;
  }

  const steps: ExpectedFeltStep[] = [];
  let most = 0;
  for (const [commitmentId, c] of counts) {
    most = Math.max(most, c.pairs);
    if (c.pairs < EXPECTED_MIN_PAIRS) continue;
    const commitment = byId.get(commitmentId) as Commitment;
    steps.push({
      commitmentId,
      step: commitment.step,
      smallerStep: commitment.smallerStep,
      ...c,
      ...expectedTone(c),
    });
  }
  steps.sort((a, b) => b.pairs - a.pairs || a.step.localeCompare(b.step));
  return {
    steps,
    morePairs: steps.length > 0 ? 0 : most === 0 ? null : EXPECTED_MIN_PAIRS - most,
  };
}
