import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { getDataVersion } from '@/utils/db/connection';
import { addStepWin } from '@/utils/db/days';
import { entriesForDay } from '@/utils/db/log';

beforeEach(freshDatabase);

/** Noon on a fixed day, so no run lands either side of a midnight. */
const NOON = new Date(2026, 10, 23, 12).getTime();
const DAY = '2026-11-23';

const win = (source: 'popup' | 'newtab' | 'notification', at = NOON) => ({
  kind: 'win' as const,
  source,
  commitmentId: 'c1',
  valueId: 'v1',
  stepText: 'Text one friend',
  size: 'full' as const,
  at,
});

describe('addStepWin (issue 20)', () => {
  it('stores a step’s win once a day: a second Done stores nothing and says so', async () => {
    const first = await addStepWin(win('popup'));
    expect(first.already).toBe(false);
    const version = await getDataVersion();
    const second = await addStepWin(win('newtab'));
    expect(second).toEqual({ entry: first.entry, already: true });
    expect(await getDataVersion()).toBe(version);
    expect(await entriesForDay(DAY)).toEqual([first.entry]);
  });

  it('two surfaces at once still store one win', async () => {
    const answers = await Promise.all([
      addStepWin(win('popup')),
      addStepWin(win('notification')),
      addStepWin(win('newtab')),
    ]);
    expect(answers.filter((a) => !a.already)).toHaveLength(1);
    expect(await entriesForDay(DAY)).toHaveLength(1);
  });

  it('another day, or another step, is a new win', async () => {
    await addStepWin(win('popup', NOON - 86_400_000));
    expect((await addStepWin(win('popup'))).already).toBe(false);
    expect((await addStepWin({ ...win('popup'), commitmentId: 'c2' })).already).toBe(false);
  });
});
