/**
 * The offer of the plan for hard days after a check-in, every edge of its one rule: which
 * check-ins open it (1 alone, 2 then 2 within 72 hours, 3 and 1), "Not now" for 14 days, and
 * the offer to write a plan at most once in 14 days, with and without a plan.
 */
import { describe, expect, it } from 'vitest';
import {
  asOfferMemory,
  type HardDaysOfferInput,
  type HardDaysOfferMemory,
  hardDaysOfferAfter,
  type MoodMoment,
  noteNotNow,
  noteOfferShown,
  opensHardDaysOffer,
} from '@/utils/core/hardDaysOffer';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-12-07T10:00:00Z').getTime();

let n = 0;
/** A check-in `hoursAgo` before now with this mood. */
const checkIn = (mood: number, hoursAgo = 0): MoodMoment => ({
  id: `e${++n}`,
  at: NOW - hoursAgo * HOUR,
  mood,
});

/** The offer after `current`, with `earlier` check-ins, a plan or not, and what is remembered. */
function offer(
  current: MoodMoment,
  earlier: MoodMoment[] = [],
  hasPlan = false,
  memory: HardDaysOfferMemory = {},
) {
  const input: HardDaysOfferInput = {
    checkIn: current,
    recent: [...earlier, current],
    hasPlan,
    memory,
    now: NOW,
  };
  return hardDaysOfferAfter(input);
}

describe('which check-ins open the offer', () => {
  it('a check-in with mood 1 on its own', () => {
    expect(offer(checkIn(1))).toBe('write-plan');
    expect(offer(checkIn(1), [], true)).toBe('open-plan');
  });

  it('two check-ins with mood 2 (or 2 and 1) within 72 hours, counted as hours', () => {
    expect(offer(checkIn(2))).toBeNull();
    expect(offer(checkIn(2), [checkIn(2, 71)])).toBe('write-plan');
    expect(offer(checkIn(2), [checkIn(2, 72)])).toBe('write-plan');
    expect(offer(checkIn(2), [checkIn(2, 73)])).toBeNull();
    expect(offer(checkIn(2), [checkIn(1, 73)])).toBeNull();
    expect(offer(checkIn(2), [checkIn(1, 30)], true)).toBe('open-plan');
    // Earlier the same day, or a minute before, counts too.
    expect(offer(checkIn(2), [checkIn(2, 0.02)])).toBe('write-plan');
  });

  it('3 and then 1 opens it (the 1 does); 1 and then 3 does not', () => {
    expect(offer(checkIn(1), [checkIn(3, 5)])).toBe('write-plan');
    expect(offer(checkIn(3), [checkIn(1, 5)])).toBeNull();
    expect(offer(checkIn(3), [checkIn(2, 5), checkIn(1, 10)], true)).toBeNull();
  });

  it('a 2 with only 3s and more before it does not, nor a 2 with a later low check-in', () => {
    expect(offer(checkIn(2), [checkIn(3, 5), checkIn(4, 20), checkIn(5, 40)])).toBeNull();
    // A check-in added for a later moment (or the same one listed again) is not "another".
    const current = checkIn(2, 10);
    expect(offer(current, [checkIn(2, 2)])).toBeNull();
    expect(opensHardDaysOffer(current, [current, { ...current }])).toBe(false);
  });
});

describe('what is remembered', () => {
  const low = () => checkIn(1);

  it('"Not now" rests every offer for 14 days, with a plan or without', () => {
    for (const hasPlan of [true, false]) {
      expect(offer(low(), [], hasPlan, { notNowAt: NOW - 13 * DAY })).toBeNull();
      expect(offer(low(), [], hasPlan, { notNowAt: NOW - 14 * DAY + 1 })).toBeNull();
      expect(offer(low(), [], hasPlan, { notNowAt: NOW - 14 * DAY })).toBe(
        hasPlan ? 'open-plan' : 'write-plan',
      );
    }
  });

  it('offers to write a plan at most once in 14 days', () => {
    expect(offer(low(), [], false, { writeShownAt: NOW - 13 * DAY })).toBeNull();
    expect(offer(low(), [], false, { writeShownAt: NOW - 14 * DAY })).toBe('write-plan');
    expect(offer(low(), [], false, { writeShownAt: NOW - 30 * DAY })).toBe('write-plan');
  });

  it('offers to open a plan every time the check-ins open it', () => {
    expect(offer(low(), [], true, { writeShownAt: NOW - DAY })).toBe('open-plan');
    const shown = noteOfferShown({}, 'open-plan', NOW);
    expect(shown).toEqual({});
    expect(offer(low(), [], true, shown)).toBe('open-plan');
  });

  it('notes what was shown and "Not now", and reads a stored memory safely', () => {
    const shown = noteOfferShown({}, 'write-plan', NOW);
    expect(shown).toEqual({ writeShownAt: NOW });
    expect(noteNotNow(shown, NOW + 1)).toEqual({ writeShownAt: NOW, notNowAt: NOW + 1 });
    expect(asOfferMemory(undefined)).toEqual({});
    expect(asOfferMemory('soon')).toEqual({});
    expect(asOfferMemory({ writeShownAt: 'x', notNowAt: Number.NaN })).toEqual({});
    expect(asOfferMemory({ writeShownAt: 5, notNowAt: 6, other: 1 })).toEqual({
      writeShownAt: 5,
      notNowAt: 6,
    });
  });

  it('says only a kind, never how many heavy days there were', () => {
    const many = Array.from({ length: 9 }, (_, i) => checkIn(1, i * 5));
    const said = [offer(checkIn(1), many), offer(checkIn(1), many, true)];
    expect(said).toEqual(['write-plan', 'open-plan']);
  });
});
