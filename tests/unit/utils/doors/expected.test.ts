import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { getDataVersion } from '@/utils/db/connection';
import { addStepWin, deleteEntry } from '@/utils/db/days';
import { getExpectation } from '@/utils/db/expected';
import { entriesForDay } from '@/utils/db/log';
import { expectationAsked, expectStep, nextToAsk } from '@/utils/doors/expected';

beforeEach(freshDatabase);

/** Noon on a fixed day, so no run lands either side of a midnight. */
const NOON = new Date(2026, 10, 23, 12);
const DAY = '2026-11-23';

const win = (commitmentId: string, at = NOON.getTime()) => ({
  kind: 'win' as const,
  source: 'notification' as const,
  commitmentId,
  valueId: 'v1',
  stepText: 'Walk for ten minutes',
  size: 'full' as const,
  at,
});

describe('"How do you think it will go?" until the win exists (issue 28)', () => {
  it('is asked once a day: an answer today is kept, without moving the data version', async () => {
    expect(await expectationAsked('c1', NOON)).toBe(false);
    const version = await getDataVersion();
    await expectStep('c1', 2, NOON);
    expect(await expectationAsked('c1', NOON)).toBe(true);
    expect(await getDataVersion()).toBe(version);
    // Tomorrow it may be asked again.
    expect(await expectationAsked('c1', new Date(2026, 10, 24, 9))).toBe(false);
  });

  it('the step’s win takes it as `expected`, whichever surface the Done comes from', async () => {
    await expectStep('c1', 2, NOON);
    await expectStep('c2', 4, NOON);
    const { entry } = await addStepWin(win('c1'));
    expect(entry.expected).toBe(2);
    expect(await entriesForDay(DAY)).toEqual([entry]);
    // The other step's answer waits for its own win.
    expect(await getExpectation('c2', DAY)).toBe(4);
  });

  it('after Done and Undo it is not asked again, and the next Done keeps it', async () => {
    await expectStep('c1', 2, NOON);
    const first = await addStepWin(win('c1'));
    await deleteEntry(first.entry);
    expect(await expectationAsked('c1', NOON)).toBe(true);
    const again = await addStepWin({ ...win('c1', NOON.getTime() + 60_000), size: 'smaller' });
    expect(again).toMatchObject({ already: false, entry: { expected: 2, size: 'smaller' } });
  });

  it('an answer from another day is not put on today’s win', async () => {
    await expectStep('c1', 1, new Date(2026, 10, 22, 20));
    const { entry } = await addStepWin(win('c1'));
    expect(entry).not.toHaveProperty('expected');
  });

  it('a second Done the same day changes nothing, and a win without an answer has none', async () => {
    const first = await addStepWin(win('c1'));
    expect(first.entry).not.toHaveProperty('expected');
    await expectStep('c1', 5, NOON);
    const second = await addStepWin(win('c1', NOON.getTime() + 60_000));
    expect(second).toEqual({ entry: first.entry, already: true });
    // Rolled back with the rest: the answer is still there, and the stored win unchanged.
    expect(await getExpectation('c1', DAY)).toBe(5);
    expect(await entriesForDay(DAY)).toEqual([first.entry]);
  });
});

describe('the next step to ask about (the popup)', () => {
  it('is the first offered step not yet answered today', async () => {
    const steps = [{ commitmentId: 'c1' }, { commitmentId: 'c2' }, { commitmentId: 'c3' }];
    expect(await nextToAsk(steps, NOON)).toEqual({ commitmentId: 'c1' });
    await expectStep('c1', 3, NOON);
    await expectStep('c3', 3, NOON);
    expect(await nextToAsk(steps, NOON)).toEqual({ commitmentId: 'c2' });
    await expectStep('c2', 4, NOON);
    expect(await nextToAsk(steps, NOON)).toBeUndefined();
  });
});
