/** The resize offers: both thresholds, the two-week memory and the one-offer order. */
import { describe, expect, it } from 'vitest';
import { at, makeCommitment, skip, win } from '@/tests/unit/factories';
import {
  NOT_NOW_DAYS,
  noteResized,
  type OfferMemory,
  restOffers,
} from '@/utils/core/insights/offerMemory';
import { firstOffer, OFFER_ORDER, resizeOffers } from '@/utils/core/insights/offers';
import { addDays } from '@/utils/model/day';
import type { Entry } from '@/utils/model/types';

const today = '2026-11-20';
const c = makeCommitment('c1', { step: 'Walk for ten minutes', smallerStep: 'Put on my shoes' });

/** Entries for the days before today, oldest first ('none' leaves the day empty). */
const days = (kinds: ('full' | 'smaller' | 'skip' | 'too-big' | 'none')[], id = 'c1') =>
  kinds.flatMap((k, i): Entry[] => {
    const day = addDays(today, i - kinds.length);
    if (k === 'full' || k === 'smaller') return [win(day, { commitmentId: id, size: k })];
    if (k === 'skip') return [skip(day, { commitmentId: id })];
    if (k === 'too-big') return [skip(day, { commitmentId: id, reason: 'too-big' })];
    return [];
  });

describe('Make it smaller', () => {
  it('is offered after skips on two of the last three scheduled days', () => {
    expect(resizeOffers([c], days(['full', 'skip', 'none', 'skip']), today)).toEqual([
      { kind: 'shrink', commitmentId: 'c1' },
    ]);
  });

  it('is not offered for one plain skip, or for two skips longer ago than three days', () => {
    expect(resizeOffers([c], days(['none', 'skip', 'full']), today)).toEqual([]);
    expect(resizeOffers([c], days(['skip', 'skip', 'full', 'full', 'none']), today)).toEqual([]);
  });

  it('is offered after one skip said to be too big', () => {
    expect(resizeOffers([c], days(['too-big', 'full']), today)).toEqual([
      { kind: 'shrink', commitmentId: 'c1' },
    ]);
  });

  it('counts today once it is handled: two skips, the second today', () => {
    const entries = [...days(['skip']), skip(today, { commitmentId: 'c1' })];
    expect(resizeOffers([c], entries, today)).toEqual([{ kind: 'shrink', commitmentId: 'c1' }]);
    expect(resizeOffers([c], days(['skip']), today)).toEqual([]);
  });

  it('needs a smaller step to become the step', () => {
    const bare = { ...c, smallerStep: '' };
    expect(resizeOffers([bare], days(['too-big', 'skip']), today)).toEqual([]);
  });

  it('follows the schedule: weekly skips count by occurrence, not by day', () => {
    // Fridays only; 20 November 2026 is a Friday.
    const weekly = { ...c, cue: { kind: 'time' as const, at: '09:00', days: [5 as const] } };
    const entries = [
      skip('2026-11-13', { commitmentId: 'c1' }),
      skip('2026-11-06', { commitmentId: 'c1' }),
    ];
    expect(resizeOffers([weekly], entries, today)).toEqual([
      { kind: 'shrink', commitmentId: 'c1' },
    ]);
  });
});

describe('Grow it a little', () => {
  it('is offered after five done days of the last seven, either size, with a proposal', () => {
    const entries = days(['none', 'full', 'smaller', 'skip', 'full', 'smaller', 'full']);
    expect(resizeOffers([c], entries, today)).toEqual([
      {
        kind: 'grow',
        commitmentId: 'c1',
        proposal: { step: 'Walk for twelve minutes', minutes: 12 },
      },
    ]);
  });

  it('is not offered after four done days of seven', () => {
    const entries = days(['none', 'full', 'none', 'skip', 'full', 'smaller', 'full']);
    expect(resizeOffers([c], entries, today)).toEqual([]);
  });

  it('is not offered when the step cannot grow and still pass the micro-win check', () => {
    const top = { ...c, step: 'Walk for fifteen minutes' };
    const noNumber = { ...c, id: 'c2', step: 'Put on my walking shoes' };
    const entries = [...days(Array(7).fill('full')), ...days(Array(7).fill('full'), 'c2')];
    expect(resizeOffers([top, noNumber], entries, today)).toEqual([]);
  });

  it('gives way to Make it smaller for the same step', () => {
    const entries = days(['full', 'full', 'full', 'full', 'full', 'too-big', 'full']);
    expect(resizeOffers([c], entries, today)).toEqual([{ kind: 'shrink', commitmentId: 'c1' }]);
  });

  it('makes no offers for paused or archived steps', () => {
    const entries = days(Array(7).fill('full'));
    const paused = { ...c, status: 'paused' as const };
    const archived = { ...c, id: 'c2', status: 'archived' as const };
    expect(resizeOffers([paused, archived], entries, today)).toEqual([]);
  });

  it('counts no day before the step was made', () => {
    const young = { ...c, createdAt: at(addDays(today, -3), 7) };
    expect(resizeOffers([young], days(Array(7).fill('full')), today)).toEqual([]);
  });
});

describe('the memory of "Not now" and of a resize', () => {
  const entries = days(['too-big', 'skip', 'skip']);

  it('rests a step two weeks after "Not now", then offers again', () => {
    const memory = restOffers({}, 'c1', today);
    expect(resizeOffers([c], entries, today, memory)).toEqual([]);
    const lastQuietDay = addDays(today, NOT_NOW_DAYS - 1);
    expect(resizeOffers([c], entries, lastQuietDay, memory)).toEqual([]);
    // The same skips, read two weeks on (they are within its last three scheduled days there).
    const later = addDays(today, NOT_NOW_DAYS);
    const laterEntries = entries.map((e) => ({ ...e, day: addDays(e.day, NOT_NOW_DAYS) }));
    expect(resizeOffers([c], laterEntries, later, memory)).toHaveLength(1);
  });

  it('rests only the step it was said for', () => {
    const other = { ...c, id: 'c2' };
    const both = [...entries, ...days(['too-big'], 'c2')];
    const memory = restOffers({}, 'c1', today);
    expect(resizeOffers([c, other], both, today, memory)).toEqual([
      { kind: 'shrink', commitmentId: 'c2' },
    ]);
  });

  it('starts a resized step afresh: only days after the resize count', () => {
    const memory: OfferMemory = noteResized({}, 'c1', addDays(today, -1));
    expect(resizeOffers([c], entries, today, memory)).toEqual([]);
    const after = [...entries, skip(today, { commitmentId: 'c1', reason: 'too-big' })];
    expect(resizeOffers([c], after, today, memory)).toEqual([
      { kind: 'shrink', commitmentId: 'c1' },
    ]);
  });

  it('ignores a memory that names nothing it knows', () => {
    const odd = { toString: {} } as unknown as OfferMemory;
    expect(resizeOffers([c], entries, today, odd)).toHaveLength(1);
  });
});

describe('one offer at a time', () => {
  it('puts a reminder that stopped first, then smaller, then grow', () => {
    expect(OFFER_ORDER).toEqual(['stopped-reminder', 'shrink', 'grow']);
    const offers = [
      { kind: 'grow' as const, commitmentId: 'a' },
      { kind: 'shrink' as const, commitmentId: 'b' },
      { kind: 'stopped-reminder' as const, commitmentId: 'c' },
    ];
    expect(firstOffer(offers)?.commitmentId).toBe('c');
    expect(firstOffer(offers.slice(0, 2))?.commitmentId).toBe('b');
    expect(firstOffer(offers.slice(0, 1))?.commitmentId).toBe('a');
    expect(firstOffer([])).toBeUndefined();
  });

  it('prefers the step on screen within a kind, never over an earlier kind', () => {
    const offers = [
      { kind: 'shrink' as const, commitmentId: 'a' },
      { kind: 'shrink' as const, commitmentId: 'b' },
      { kind: 'grow' as const, commitmentId: 'c' },
    ];
    expect(firstOffer(offers, 'b')?.commitmentId).toBe('b');
    expect(firstOffer(offers, 'c')?.commitmentId).toBe('a');
    expect(firstOffer(offers, 'zzz')?.commitmentId).toBe('a');
  });
});
