/**
 * Before and after (issue 28): the counts of wins with both `expected` and `felt`, the rule of
 * enough (3 pairs; none with fewer), which sentence a step gets, and those sentences in English
 * and Spanish, scanned for causal words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkin, makeCommitment, skip, win } from '@/tests/unit/factories';
import { setLanguage } from '@/utils/copy/lang/switch';
import { stepsCopy } from '@/utils/copy/options/steps';
import { EXPECTED_MIN_PAIRS, expectedFelt, expectedTone } from '@/utils/core/insights';
import { addDays } from '@/utils/model/day';
import type { Entry, Felt } from '@/utils/model/types';
import { expectedLine } from '@/utils/pages/options/reviewWeek';

const commitments = [
  makeCommitment('c1', { step: 'Walk for ten minutes', smallerStep: 'Put on my shoes' }),
  makeCommitment('c2', { step: 'Text one friend', smallerStep: '' }),
];
const FROM = '2026-11-02';

/** A win for `commitmentId` on the `i`th day with these answers. */
const pair = (i: number, expected?: Felt, felt?: Felt, commitmentId = 'c1'): Entry =>
  win(addDays(FROM, i), {
    commitmentId,
    ...(expected ? { expected } : {}),
    ...(felt ? { felt } : {}),
  });

const run = (entries: Entry[], range: { from?: string; to?: string } = {}) =>
  expectedFelt({ commitments, entries, ...range });

describe('expectedFelt', () => {
  it('shows nothing for a step with 2 pairs, and how many more could do', () => {
    const r = run([pair(0, 2, 4), pair(1, 2, 3)]);
    expect(r.steps).toEqual([]);
    expect(r.morePairs).toBe(1);
  });

  it('says nothing at all, not even "more", when no win has both answers', () => {
    expect(run([pair(0, 2), pair(1, undefined, 4)]).morePairs).toBeNull();
    expect(run([]).morePairs).toBeNull();
  });

  it('shows a step from 3 pairs on, with each count', () => {
    expect(EXPECTED_MIN_PAIRS).toBe(3);
    const r = run([pair(0, 2, 4), pair(1, 3, 3), pair(2, 4, 2)]);
    expect(r.morePairs).toBe(0);
    expect(r.steps).toEqual([
      expect.objectContaining({
        commitmentId: 'c1',
        step: 'Walk for ten minutes',
        smallerStep: 'Put on my shoes',
        pairs: 3,
        better: 1,
        same: 1,
        harder: 1,
        tone: 'steady',
        count: 2,
      }),
    ]);
  });

  it('leaves out wins with one number, free wins, skips, check-ins and removed steps', () => {
    const r = run([
      pair(0, 2, 4),
      pair(1, 2, 4),
      pair(2, 2),
      pair(3, undefined, 5),
      win(addDays(FROM, 4), { text: 'Made tea', expected: 1, felt: 5 }),
      win(addDays(FROM, 5), { commitmentId: 'gone', expected: 1, felt: 5 }),
      skip(addDays(FROM, 6), { commitmentId: 'c1' }),
      checkin(addDays(FROM, 6), 4, 4),
    ]);
    expect(r.steps).toEqual([]);
    expect(r.morePairs).toBe(1);
  });

  it('counts smaller-step wins with the step, and only the days in range', () => {
    const entries = [
      pair(0, 2, 4),
      { ...pair(1, 2, 4), size: 'smaller' } as Entry,
      pair(2, 2, 4),
      pair(20, 2, 4),
    ];
    expect(run(entries).steps[0].pairs).toBe(4);
    expect(run(entries, { from: FROM, to: addDays(FROM, 6) }).steps[0].pairs).toBe(3);
    expect(run(entries, { from: addDays(FROM, 1), to: addDays(FROM, 6) }).steps).toEqual([]);
  });

  it('keeps each step apart, most pairs first', () => {
    const entries = [
      ...[0, 1, 2].map((i) => pair(i, 2, 4, 'c2')),
      ...[0, 1, 2, 3].map((i) => pair(i, 4, 2)),
    ];
    const r = run(entries);
    expect(r.steps.map((s) => [s.commitmentId, s.pairs, s.tone])).toEqual([
      ['c1', 4, 'harder'],
      ['c2', 3, 'better'],
    ]);
  });
});

describe('expectedTone', () => {
  it('is better when more than half went better', () => {
    expect(expectedTone({ pairs: 10, better: 7, harder: 1 })).toEqual({ tone: 'better', count: 7 });
  });
  it('is harder when more than half went harder', () => {
    expect(expectedTone({ pairs: 6, better: 1, harder: 4 })).toEqual({ tone: 'harder', count: 4 });
  });
  it('is steady otherwise, naming the times as expected or better', () => {
    expect(expectedTone({ pairs: 6, better: 2, harder: 1 })).toEqual({ tone: 'steady', count: 5 });
    expect(expectedTone({ pairs: 4, better: 2, harder: 2 })).toEqual({ tone: 'steady', count: 2 });
    expect(expectedTone({ pairs: 3, better: 0, harder: 0 })).toEqual({ tone: 'steady', count: 3 });
  });
});

/** Causal words (the same list as the patterns' test): counts only, never a cause. */
const CAUSAL =
  /\b(because|caus\w*|improv\w*|boost\w*|lifts?|lifted|raises?|leads? to|results? in|thanks to|due to|makes? you|helps? your|effect\w*|so that|therefore|heal|heals|healed|healing)\b/i;
/** A verdict on the person, which the harder line must never give. */
const VERDICT = /\b(too hard for you|you can't|you couldn't|not good enough|should)\b/i;

describe('the words', () => {
  afterEach(async () => {
    await setLanguage('en', 'en-US');
  });

  const steps = (pairs: Felt[][], commitmentId = 'c1') =>
    run(pairs.map(([e, f], i) => pair(i, e, f, commitmentId))).steps[0];

  it('says a step went better, with both counts', () => {
    const s = steps([...Array.from({ length: 7 }, (): Felt[] => [2, 4]), [3, 3], [3, 3], [4, 2]]);
    expect(expectedLine(s)).toBe(
      '“Walk for ten minutes” went better than you expected 7 of 10 times.',
    );
  });

  it('says harder kindly and offers the smaller step in its own words', () => {
    const s = steps([
      [4, 2],
      [4, 2],
      [4, 3],
      [4, 1],
      [2, 4],
      [3, 3],
    ]);
    expect(expectedLine(s)).toBe(
      '“Walk for ten minutes” was harder than you expected 4 of 6 times. The smaller step is there whenever you want it: “Put on my shoes”.',
    );
    const none = steps(
      [
        [4, 2],
        [4, 2],
        [4, 3],
      ],
      'c2',
    );
    expect(expectedLine(none)).toBe(
      '“Text one friend” was harder than you expected 3 of 3 times. A smaller step is always fine; you can add one when you edit it.',
    );
  });

  it('says a mixed or as-expected step went as expected or better', () => {
    const s = steps([
      [3, 3],
      [3, 4],
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 2],
    ]);
    expect(expectedLine(s)).toBe(
      '“Walk for ten minutes” went as you expected or better 5 of 6 times.',
    );
  });

  it('says each of them in Spanish, with « » and the counts', async () => {
    await setLanguage('es', 'es-ES');
    const line = (tone: 'better' | 'steady' | 'harder', smaller = 'Ponerme los zapatos') =>
      stepsCopy.expected.line(tone, 'Caminar diez minutos', smaller, 7, 10);
    expect(line('better')).toBe(
      '«Caminar diez minutos» fue mejor de lo que esperabas 7 de 10 veces.',
    );
    expect(line('steady')).toBe('«Caminar diez minutos» fue como esperabas o mejor 7 de 10 veces.');
    expect(line('harder')).toBe(
      '«Caminar diez minutos» costó más de lo que esperabas 7 de 10 veces. El paso más pequeño está ahí cuando quieras: «Ponerme los zapatos».',
    );
    expect(line('harder', '')).toContain('Un paso más pequeño siempre vale');
  });

  it('never names a cause or a verdict', () => {
    const said: string[] = [];
    for (const tone of ['better', 'steady', 'harder'] as const) {
      for (const smaller of ['Put on my shoes', '']) {
        said.push(stepsCopy.expected.line(tone, 'Walk for ten minutes', smaller, 3, 4));
        said.push(stepsCopy.expected.line(tone, '', smaller, 1, 1));
      }
    }
    for (const sentence of said) {
      expect(sentence).not.toMatch(CAUSAL);
      expect(sentence).not.toMatch(VERDICT);
      expect(sentence).toMatch(/\d+ of \d+ times?/);
    }
  });
});
