/**
 * Sync in the worker, against WXT's fake browser (its storage.sync) and fake-indexeddb: pull
 * before push, a remote plan comes in, this computer's changes go out in one write, a missing
 * item deletes nothing, and the gap between writes holds.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { recordItems } from '@/utils/core/sync/mirror';
import { addCommitment, addValue, getSettings, listValues, setSettings } from '@/utils/db/plan';
import { readSyncState } from '@/utils/db/syncState';
import { readSyncStatus, turnSyncOff, turnSyncOn } from '@/utils/doors/sync';
import { SYNC_ALARM } from '@/utils/model/keys';
import { DEFAULT_SETTINGS, type Value } from '@/utils/model/types';
import { syncNow } from '@/utils/worker/sync';

beforeEach(freshDatabase);

const T0 = new Date('2026-12-07T10:00:00');
const later = (s: number) => new Date(T0.getTime() + s * 1000);

const otherValue: Value = {
  id: 'v-there',
  name: 'Connection',
  looksLike: 'I reach out',
  why: 'People keep me steady.',
  createdAt: T0.getTime() - 1e6,
  status: 'active',
};

/** What another computer put in sync storage earlier. */
async function fromOtherComputer(extra: Record<string, unknown> = {}) {
  await fakeBrowser.storage.sync.set({
    shape: 1,
    ...recordItems({ key: 'value.v-there', at: T0.getTime() - 5000, by: 'b', data: otherValue }),
    ...recordItems({
      key: 'settings',
      at: T0.getTime() - 5000,
      by: 'b',
      data: { ...DEFAULT_SETTINGS, theme: 'dark', maxRemindersPerDay: 3 },
    }),
    ...extra,
  });
}

const synced = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

describe('sync in the worker', () => {
  it('pulls before it pushes: a new computer takes the plan there and never pushes its defaults', async () => {
    await fromOtherComputer();
    const mine = await addValue({ name: 'Health', looksLike: 'I move', why: '' });
    await turnSyncOn();
    await syncNow(T0);
    // The other computer's value and settings arrived; this computer's value went up beside it.
    expect((await listValues()).map((v) => v.id).sort()).toEqual(['v-there', mine.id].sort());
    expect(await getSettings()).toMatchObject({ theme: 'dark', maxRemindersPerDay: 3 });
    const items = await synced();
    expect(items[`value.${mine.id}`]).toMatchObject({ d: { name: 'Health' } });
    expect(items.settings).toMatchObject({ by: 'b', d: { theme: 'dark' } });
    // Both had a plan: what came together is told once.
    expect((await readSyncStatus()).merged).toEqual({
      here: { values: 1, commitments: 0 },
      there: { values: 1, commitments: 0 },
      now: { values: 2, commitments: 0 },
    });
  });

  it('sends a change made here, with this computer id and a later stamp', async () => {
    await fromOtherComputer();
    await turnSyncOn();
    await syncNow(T0);
    await setSettings({ theme: 'light' });
    await syncNow(later(11));
    const { me } = await readSyncState();
    expect((await synced()).settings).toMatchObject({ by: me, d: { theme: 'light' } });
  });

  it('an item missing from sync storage deletes nothing here; a tombstone does', async () => {
    await fromOtherComputer();
    await turnSyncOn();
    await syncNow(T0);
    await fakeBrowser.storage.sync.remove('value.v-there');
    await syncNow(later(11));
    expect((await listValues()).map((v) => v.id)).toContain('v-there');
    await fakeBrowser.storage.sync.set(
      recordItems({ key: 'value.v-there', at: later(20).getTime(), by: 'b', deleted: true }),
    );
    await syncNow(later(30));
    expect((await listValues()).map((v) => v.id)).not.toContain('v-there');
  });

  it('keeps a value a step here still serves, and sends it back', async () => {
    await fromOtherComputer();
    await turnSyncOn();
    await syncNow(T0);
    await addCommitment({
      valueId: 'v-there',
      step: 'Text one friend',
      smallerStep: '',
      minutes: 2,
      cue: { kind: 'first-tab' },
    });
    await fakeBrowser.storage.sync.set(
      recordItems({ key: 'value.v-there', at: later(5).getTime(), by: 'b', deleted: true }),
    );
    await syncNow(later(20));
    expect((await listValues()).map((v) => v.id)).toContain('v-there');
    expect((await synced())['value.v-there']).toMatchObject({ d: { id: 'v-there' } });
  });

  it('writes at most once every ten seconds: a change inside the gap waits for an alarm', async () => {
    await turnSyncOn();
    await addValue({ name: 'Health', looksLike: 'I move', why: '' });
    await syncNow(T0);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await addValue({ name: 'Rest', looksLike: 'I stop', why: '' });
    await syncNow(later(3));
    expect(set).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({
      scheduledTime: T0.getTime() + 10_000,
    });
    await syncNow(later(10));
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('does nothing while off, and turning off stops the flow', async () => {
    await addValue({ name: 'Health', looksLike: 'I move', why: '' });
    await syncNow(T0);
    expect(await synced()).toEqual({});
    await turnSyncOn();
    await syncNow(later(1));
    await turnSyncOff();
    await addValue({ name: 'Rest', looksLike: 'I stop', why: '' });
    await syncNow(later(20));
    expect(Object.keys(await synced()).filter((k) => k.startsWith('value.'))).toHaveLength(1);
  });

  it('never writes past the quota: it says so, and everything here is kept', async () => {
    // Another computer's records already fill the browser's sync storage almost to the brim.
    const big = 'x'.repeat(3_900);
    const filler: Record<string, unknown> = {};
    for (let i = 0; i < 26; i++)
      filler[`value.far-${i}`] = { at: T0.getTime(), by: 'b', x: 1, pad: big };
    await fakeBrowser.storage.sync.set(filler);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await turnSyncOn();
    await addValue({ name: 'Health', looksLike: 'I move', why: 'y'.repeat(900) });
    await syncNow(T0);
    expect(set).not.toHaveBeenCalled();
    expect((await readSyncStatus()).problem).toEqual({ kind: 'quota', at: T0.getTime() });
    expect((await listValues()).map((v) => v.name)).toEqual(['Health']);
  });
});
