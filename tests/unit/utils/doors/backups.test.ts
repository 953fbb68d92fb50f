/**
 * Where a replacement or a deletion goes while sync is on: on this computer only (sync turned
 * off here first, so nothing goes out) or on every computer (the sync record stays, and the
 * worker sends the deletions as tombstones).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { addValue } from '@/utils/db/plan';
import { readSyncState } from '@/utils/db/syncState';
import { deleteEverything, importBackup, undoDeleteEverything } from '@/utils/doors/backups';
import { turnSyncOn } from '@/utils/doors/sync';
import { syncNow } from '@/utils/worker/sync';

beforeEach(freshDatabase);

const T0 = new Date('2026-12-07T10:00:00');
const later = (s: number) => new Date(T0.getTime() + s * 1000);
const synced = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

async function syncedPlan(): Promise<string> {
  const value = await addValue({ name: 'Health', looksLike: 'I move', why: '' });
  await turnSyncOn();
  await syncNow(T0);
  expect((await synced())[`value.${value.id}`]).toMatchObject({ d: { name: 'Health' } });
  return `value.${value.id}`;
}

describe('Delete everything while sync is on', () => {
  it('on this computer only: sync is off here, and the synced plan is left as it was', async () => {
    const key = await syncedPlan();
    await deleteEverything('here');
    expect((await readSyncState()).on).toBe(false);
    await syncNow(later(20));
    expect((await synced())[key]).toMatchObject({ d: { name: 'Health' } });
  });

  it('on every computer: sync stays on, and the deletion goes out as a tombstone', async () => {
    const key = await syncedPlan();
    await deleteEverything('everywhere');
    expect((await readSyncState()).on).toBe(true);
    await syncNow(later(20));
    expect((await synced())[key]).toMatchObject({ x: 1 });
  });

  it('and its Undo puts the plan back everywhere, newer than the tombstone', async () => {
    const key = await syncedPlan();
    const taken = await deleteEverything('everywhere');
    await syncNow(later(20));
    expect(await undoDeleteEverything(taken)).toBe(true);
    expect((await readSyncState()).on).toBe(true);
    await syncNow(later(40));
    expect((await synced())[key]).toMatchObject({ d: { name: 'Health' } });
  });
});

describe('Replace with this backup while sync is on', () => {
  const file = JSON.stringify({
    format: 'footholds-backup',
    version: 1,
    values: [{ id: 'v-rest', name: 'Rest', looksLike: 'I stop', why: '', createdAt: 1 }],
    commitments: [],
    entries: [],
    settings: {},
  });

  it('on this computer only: turns sync off first, so nothing of the file goes out', async () => {
    const key = await syncedPlan();
    expect(await importBackup(file, 'here')).toMatchObject({ ok: true });
    expect((await readSyncState()).on).toBe(false);
    await syncNow(later(20));
    const items = await synced();
    expect(items[key]).toMatchObject({ d: { name: 'Health' } });
    expect(items['value.v-rest']).toBeUndefined();
  });

  it('on every computer: the file replaces the synced plan', async () => {
    const key = await syncedPlan();
    expect(await importBackup(file, 'everywhere')).toMatchObject({ ok: true });
    await syncNow(later(20));
    const items = await synced();
    expect(items[key]).toMatchObject({ x: 1 });
    expect(items['value.v-rest']).toMatchObject({ d: { name: 'Rest' } });
  });
});
