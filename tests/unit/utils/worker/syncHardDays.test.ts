/**
 * The plan for hard days through sync in the worker, against WXT's fake browser and
 * fake-indexeddb: it travels only where "Also my plan for hard days" is ticked (off by default,
 * and off again with sync); another computer's comes in, announced; the newer plan stays when it
 * is first ticked; unticked, it is taken out of sync storage and nothing more of it goes or comes;
 * and a plan that does not fit is left out so the rest still travels.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { HARD_DAYS_RECORD } from '@/utils/core/sync/hardDays';
import { ITEM_BUDGET, QUOTA_BYTES, recordItems } from '@/utils/core/sync/mirror';
import { getHardDaysPlan, putHardDaysPlan } from '@/utils/db/hardDays';
import { addValue } from '@/utils/db/plan';
import { readSyncState } from '@/utils/db/syncState';
import { keepHardDaysPlan } from '@/utils/doors/hardDays';
import { onDataChanged } from '@/utils/doors/notices';
import { readSyncStatus, setHardDaysSync, turnSyncOff, turnSyncOn } from '@/utils/doors/sync';
import type { ChangeNotice } from '@/utils/model/changes';
import { emptyHardDaysPlan, type HardDaysPlan } from '@/utils/model/hardDays';
import { syncNow } from '@/utils/worker/sync';

/** Monday 7 December 2026, 09:00 local time. */
const T0 = new Date(2026, 11, 7, 9);
const later = (s: number) => new Date(T0.getTime() + s * 1000);

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

const synced = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

const plan = (signs: string[], updatedAt: number): HardDaysPlan => ({
  ...emptyHardDaysPlan(updatedAt),
  signs,
});

/** Another computer's plan for hard days (or its deletion) in sync storage. */
async function theirPlan(data: HardDaysPlan | null, at: number): Promise<void> {
  const record = data
    ? { key: HARD_DAYS_RECORD, at, by: 'b', data }
    : { key: HARD_DAYS_RECORD, at, by: 'b', deleted: true as const };
  await fakeBrowser.storage.sync.set({ shape: 1, ...recordItems(record) });
}

describe('the plan for hard days through sync', () => {
  it('stays here unless ticked: off by default, and never read from sync storage', async () => {
    await putHardDaysPlan(plan(['Mine'], T0.getTime() - 1000));
    await theirPlan(plan(['Theirs'], T0.getTime()), T0.getTime());
    await addValue({ name: 'Rest', looksLike: '', why: '' });
    await turnSyncOn();
    expect((await readSyncStatus()).hardDays).toBe(false);
    await syncNow(T0);
    const items = await synced();
    expect(Object.keys(items).some((k) => k.startsWith('value.'))).toBe(true);
    expect((items[HARD_DAYS_RECORD] as { d: HardDaysPlan }).d.signs).toEqual(['Theirs']);
    expect((await getHardDaysPlan())?.signs).toEqual(['Mine']);
    expect((await readSyncState()).known).not.toHaveProperty(HARD_DAYS_RECORD);
  });

  it('ticked, sends the plan written here, and takes in and announces another computer’s', async () => {
    await turnSyncOn();
    await setHardDaysSync(true);
    expect((await readSyncStatus()).hardDays).toBe(true);
    const kept = await keepHardDaysPlan(plan(['  Tired  '], 0));
    await syncNow(T0);
    expect((await synced())[HARD_DAYS_RECORD]).toMatchObject({ d: kept });
    const notices: ChangeNotice[] = [];
    onDataChanged((n) => notices.push(n));
    const theirs = plan(['I stop answering messages'], T0.getTime() + 5000);
    await theirPlan(theirs, T0.getTime() + 5000);
    await syncNow(later(20));
    expect(await getHardDaysPlan()).toEqual(theirs);
    await vi.waitFor(() =>
      expect(notices.some((n) => n.origin.from === 'sync' && n.kinds.includes('hardDays'))).toBe(
        true,
      ),
    );
    // Deleted there: deleted here.
    await theirPlan(null, T0.getTime() + 30_000);
    await syncNow(later(40));
    expect(await getHardDaysPlan()).toBeUndefined();
  });

  it('first ticked, keeps the newer of the two plans, and an older deletion removes nothing', async () => {
    await putHardDaysPlan(plan(['Mine, newer'], T0.getTime() - 1000));
    await theirPlan(plan(['Theirs, older'], T0.getTime() - 9000), T0.getTime() - 9000);
    await turnSyncOn();
    await setHardDaysSync(true);
    await syncNow(T0);
    expect((await getHardDaysPlan())?.signs).toEqual(['Mine, newer']);
    expect((await synced())[HARD_DAYS_RECORD]).toMatchObject({ d: { signs: ['Mine, newer'] } });

    // Turned off and on again, ticked again: a newer plan there comes in over the older one here.
    await turnSyncOff();
    expect((await readSyncState()).hardDays).toBe(false);
    await theirPlan(plan(['Theirs, newest'], T0.getTime() + 1000), T0.getTime() + 1000);
    await turnSyncOn();
    await setHardDaysSync(true);
    await syncNow(later(20));
    expect((await getHardDaysPlan())?.signs).toEqual(['Theirs, newest']);

    // A deletion made there before a plan written here removes nothing.
    await turnSyncOff();
    await theirPlan(null, T0.getTime() + 2000);
    await putHardDaysPlan(plan(['Written after'], T0.getTime() + 3000));
    await turnSyncOn();
    await setHardDaysSync(true);
    await syncNow(later(40));
    expect((await getHardDaysPlan())?.signs).toEqual(['Written after']);
    expect((await synced())[HARD_DAYS_RECORD]).toMatchObject({ d: { signs: ['Written after'] } });
  });

  it('unticked, takes it out of sync storage once, and nothing more of it goes or comes', async () => {
    await turnSyncOn();
    await setHardDaysSync(true);
    await keepHardDaysPlan(plan(['Tired'], 0));
    await syncNow(T0);
    expect(await synced()).toHaveProperty(HARD_DAYS_RECORD);
    await setHardDaysSync(false);
    await syncNow(later(20));
    expect(await synced()).not.toHaveProperty(HARD_DAYS_RECORD);
    expect((await readSyncState()).removeHardDays).toBeFalsy();
    // Kept here, and a change here stays here; another computer's no longer comes in.
    expect((await getHardDaysPlan())?.signs).toEqual(['Tired']);
    await keepHardDaysPlan(plan(['Changed here'], 0));
    await theirPlan(plan(['Theirs'], T0.getTime() + 25_000), T0.getTime() + 25_000);
    await syncNow(later(40));
    expect((await getHardDaysPlan())?.signs).toEqual(['Changed here']);
    expect((await synced())[HARD_DAYS_RECORD]).toMatchObject({ d: { signs: ['Theirs'] } });
    // Unticking where it was never ticked takes nothing out.
    await setHardDaysSync(false);
    await syncNow(later(60));
    expect((await synced())[HARD_DAYS_RECORD]).toMatchObject({ d: { signs: ['Theirs'] } });
  });

  it('a long plan travels in chunks; one that would not fit is left out and said, the rest goes', async () => {
    await turnSyncOn();
    await setHardDaysSync(true);
    const long = Array.from({ length: 12 }, (_, i) => `${i} ${'a'.repeat(990)}`);
    await keepHardDaysPlan(plan(long, 0));
    await syncNow(T0);
    const items = await synced();
    expect(JSON.stringify(items[HARD_DAYS_RECORD]).length).toBeLessThan(ITEM_BUDGET);
    expect(items).toHaveProperty(`${HARD_DAYS_RECORD}#1`);
    expect((await readSyncStatus()).hardDaysLeftOut).toBe(false);

    // Grown past what the browser's sync storage holds: left out, and the status says so.
    const huge = Array.from({ length: 110 }, (_, i) => `${i} ${'b'.repeat(990)}`);
    expect(huge.join('').length).toBeGreaterThan(QUOTA_BYTES);
    await keepHardDaysPlan(plan(huge, 0));
    await addValue({ name: 'Rest', looksLike: '', why: '' });
    await syncNow(later(20));
    const after = await synced();
    expect(Object.keys(after).some((k) => k.startsWith('value.'))).toBe(true);
    expect((await readSyncStatus()).hardDaysLeftOut).toBe(true);
    expect((await readSyncState()).problem).toBeNull();
  });
});
