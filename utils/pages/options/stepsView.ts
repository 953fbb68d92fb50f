import { consistency, type ExpectedFeltStep, expectedFelt } from '@/utils/core/insights';
import type { OfferMemory } from '@/utils/core/insights/offerMemory';
import { type ResizeOffer, resizeOffers } from '@/utils/core/insights/offers';
import { pausedDays } from '@/utils/core/pauses';
import { stepMinutes } from '@/utils/core/stepMinutes';
import type { Commitment, DayKey, Entry, Value } from '@/utils/model/types';

/** The values-and-steps view, built from plain data (pure). */
/** How regular a step has been lately, in four calm bands (never a count that can reset). */
export type RegularBand = 'ready' | 'some' | 'many' | 'most';

/** The band for a 0–1 consistency score; anything odd reads as "ready when you are". */
export function regularBand(score: number): RegularBand {
  if (!(score >= 0.2)) return 'ready';
  if (score < 0.45) return 'some';
  if (score < 0.7) return 'many';
  return 'most';
}

/** One commitment as the values-and-steps view shows it. */
export interface StepCard {
  commitment: Commitment;
  /** The minutes to show: the estimate, or the step's words' when it contradicts them. */
  minutes: number;
  /** 0–1, from `consistency`. */
  consistency: number;
  band: RegularBand;
  /** An invitation to make the step smaller or grow it, if one is due. */
  offer: ResizeOffer | null;
  /** How it went beside how it was expected to go, over all its wins; null below 3 such wins. */
  expected: ExpectedFeltStep | null;
}

/** A value with its steps: in use first, then paused; set-aside steps apart. */
export interface ValueGroup {
  value: Value;
  steps: StepCard[];
  archived: StepCard[];
}

/** The values-and-steps view. */
export interface StepsView {
  values: Value[];
  /** The values in use, with their steps. */
  groups: ValueGroup[];
  /** The values set aside, with their steps, apart. */
  setAside: ValueGroup[];
  /** Steps whose reminders stopped after going unanswered (from the worker's log). */
  stopped?: string[];
}

const STATUS_ORDER = { active: 0, paused: 1, archived: 2 } as const;

/** Groups commitments under their values, with consistency and grow/shrink offers. */
export function stepsView(input: {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  today: DayKey;
  /** What this device remembers about offers ("Not now" rests one two weeks). */
  offerMemory?: OfferMemory;
}): StepsView {
  const { values, commitments, entries, today } = input;
  const offers = new Map(
    resizeOffers(commitments, entries, today, input.offerMemory).map((o) => [o.commitmentId, o]),
  );
  // One pass over the log for every step's wins with both answers (issue 28).
  const expected = new Map(
    expectedFelt({ commitments, entries }).steps.map((s) => [s.commitmentId, s]),
  );
  const groups = values.map((value): ValueGroup => {
    const cards = commitments
      .filter((c) => c.valueId === value.id)
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.createdAt - b.createdAt)
      .map((commitment): StepCard => {
        const score = consistency(commitment, entries, today, {
          pausedDays: pausedDays(commitment, today),
        });
        return {
          commitment,
          minutes: stepMinutes(commitment.step, commitment.minutes) ?? commitment.minutes,
          consistency: score,
          band: regularBand(score),
          offer: offers.get(commitment.id) ?? null,
          expected: expected.get(commitment.id) ?? null,
        };
      });
    return {
      value,
      steps: cards.filter((c) => c.commitment.status !== 'archived'),
      archived: cards.filter((c) => c.commitment.status === 'archived'),
    };
  });
  return {
    values,
    groups: groups.filter((g) => g.value.status !== 'archived'),
    setAside: groups.filter((g) => g.value.status === 'archived'),
  };
}
