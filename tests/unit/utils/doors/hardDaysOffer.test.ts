/**
 * The offer of the plan for hard days through its door: it reads the check-ins stored around the
 * last 72 hours, whether a plan is kept, and this computer's memory, which "shown" and "Not now"
 * write (and Delete everything takes, and its Undo puts back).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { removeAll, undoRemoveAll } from '@/utils/db/all';
import { getDataVersion } from '@/utils/db/connection';
import { addEntry } from '@/utils/db/days';
import { putHardDaysPlan } from '@/utils/db/hardDays';
import { getHardDaysOfferMemory } from '@/utils/db/hardDaysOffer';
import {
  hardDaysOfferFor,
  hardDaysOfferNotNow,
  noteHardDaysOfferShown,
} from '@/utils/doors/hardDaysOffer';
import { emptyHardDaysPlan } from '@/utils/model/hardDays';
import type { CheckinEntry } from '@/utils/model/types';

beforeEach(freshDatabase);

const HOUR = 60 * 60_000;
const NOW = new Date(2026, 11, 7, 9, 0);

/** Stores a check-in with this mood `hoursAgo` before now. */
const checkIn = async (mood: number, hoursAgo = 0) =>
  (await addEntry({
    kind: 'checkin',
    source: 'popup',
    mood,
    energy: 3,
    at: NOW.getTime() - hoursAgo * HOUR,
  })) as CheckinEntry;

describe('the offer of the plan after a check-in, through its door', () => {
  it('finds an earlier low check-in two days back, and none from four days back', async () => {
    await checkIn(2, 100);
    expect(await hardDaysOfferFor(await checkIn(2), NOW)).toBeNull();
    await checkIn(1, 50);
    expect(await hardDaysOfferFor(await checkIn(2), NOW)).toBe('write-plan');
  });

  it('offers to open the plan once one is kept', async () => {
    await putHardDaysPlan({ ...emptyHardDaysPlan(1), signs: ['Tired'] });
    expect(await hardDaysOfferFor(await checkIn(1), NOW)).toBe('open-plan');
    expect(await hardDaysOfferFor(await checkIn(4), NOW)).toBeNull();
  });

  it('remembers the offer to write shown, and "Not now", without raising the data version', async () => {
    const low = await checkIn(1);
    const version = await getDataVersion();
    await noteHardDaysOfferShown('write-plan', NOW);
    expect(await hardDaysOfferFor(low, new Date(NOW.getTime() + HOUR))).toBeNull();
    await putHardDaysPlan({ ...emptyHardDaysPlan(1), signs: ['Tired'] });
    expect(await hardDaysOfferFor(low, new Date(NOW.getTime() + HOUR))).toBe('open-plan');
    await hardDaysOfferNotNow(NOW);
    expect(await hardDaysOfferFor(low, new Date(NOW.getTime() + HOUR))).toBeNull();
    expect(await getHardDaysOfferMemory()).toEqual({
      writeShownAt: NOW.getTime(),
      notNowAt: NOW.getTime(),
    });
    // Only the plan's own write moved the version.
    expect(await getDataVersion()).toBe(version + 1);
  });

  it('is forgotten by Delete everything and put back by its Undo', async () => {
    await hardDaysOfferNotNow(NOW);
    const taken = await removeAll();
    expect(await getHardDaysOfferMemory()).toEqual({});
    await undoRemoveAll(taken);
    expect(await getHardDaysOfferMemory()).toEqual({ notNowAt: NOW.getTime() });
  });
});
