import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addCommitment,
  addEntry,
  addValue,
  closeDb,
  deleteEntry,
  entriesForCommitment,
  entriesForDay,
  entriesInRange,
  getDataVersion,
  getSettings,
  listCommitments,
  listValues,
  openDb,
  readAll,
  replaceAll,
  setSettings,
  updateCommitment,
  updateState,
} from '../../../utils/db';
import { DB_NAME, DB_VERSION, STORAGE_KEYS } from '../../../utils/keys';
import { DEFAULT_SETTINGS } from '../../../utils/types';
import { freshDatabase } from '../helpers';

beforeEach(freshDatabase);

const value = { name: 'Health', looksLike: 'I move a little', why: 'My body carries me.' };

describe('the data layer', () => {
  it('opens the named database at the current version with every store and index', async () => {
    const db = await openDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'commitments',
      'entries',
      'settings',
      'state',
      'values',
    ]);
    const tx = db.transaction('entries');
    expect([...tx.store.indexNames].sort()).toEqual(['byAt', 'byCommitment', 'byDay']);
  });

  it('adds, lists and updates values and commitments', async () => {
    const v = await addValue(value);
    const c = await addCommitment({
      valueId: v.id,
      step: 'Walk for ten minutes',
      smallerStep: 'Put on my shoes',
      minutes: 10,
      cue: { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] },
    });
    expect(await listValues()).toEqual([v]);
    expect(c.status).toBe('active');
    await updateCommitment({ ...c, status: 'paused' });
    expect((await listCommitments())[0].status).toBe('paused');
  });

  it('logs entries with their local day, finds them by day, range and commitment, and undoes', async () => {
    const at = new Date(2026, 10, 23, 9, 30).getTime();
    const win = await addEntry({
      kind: 'win',
      source: 'popup',
      text: 'Made tea',
      size: 'full',
      at,
    });
    const skip = await addEntry({
      kind: 'skip',
      source: 'newtab',
      commitmentId: 'c1',
      at: at + 86_400_000,
    });
    expect(win.day).toBe('2026-11-23');
    expect(skip.day).toBe('2026-11-24');
    expect((await entriesForDay('2026-11-23')).map((e) => e.id)).toEqual([win.id]);
    expect(await entriesInRange('2026-11-01', '2026-11-30')).toHaveLength(2);
    expect(await entriesInRange('2026-11-24', '2026-11-24')).toEqual([skip]);
    expect(await entriesForCommitment('c1')).toEqual([skip]);
    await deleteEntry(win.id);
    expect(await entriesForDay('2026-11-23')).toEqual([]);
  });

  it('announces every write through storage so other pages and the worker wake', async () => {
    await addEntry({ kind: 'checkin', source: 'popup', mood: 3, energy: 2 });
    const stored = await fakeBrowser.storage.local.get(STORAGE_KEYS.changed);
    expect(stored[STORAGE_KEYS.changed]).toMatchObject({ kinds: ['entries'] });
  });

  it('gives default settings and keeps the ones the user changed', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await setSettings({ theme: 'dark' });
    await setSettings({ maxRemindersPerDay: 3 });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      maxRemindersPerDay: 3,
    });
  });

  it('replaces everything in one transaction, or nothing when a record is bad', async () => {
    const v = await addValue(value);
    const before = await readAll();
    const bad = {
      values: [{ ...v, id: 'x' }],
      commitments: [],
      // Two entries with the same key: the second add fails and the whole transaction rolls back.
      entries: [
        { id: 'e', kind: 'win', at: 1, day: '1970-01-01', source: 'popup', size: 'full' },
        { id: 'e', kind: 'win', at: 2, day: '1970-01-01', source: 'popup', size: 'full' },
      ],
      settings: {},
    } as Parameters<typeof replaceAll>[0];
    await expect(replaceAll(bad)).rejects.toBeTruthy();
    expect(await readAll()).toEqual(before);
  });

  it('raises the data version with every write, in the same transaction', async () => {
    const seen = [await getDataVersion()];
    const v = await addValue(value);
    seen.push(await getDataVersion());
    const e = await addEntry({ kind: 'win', source: 'popup', text: 'Tea', size: 'full' });
    seen.push(await getDataVersion());
    await deleteEntry(e.id);
    seen.push(await getDataVersion());
    await setSettings({ theme: 'light' });
    seen.push(await getDataVersion());
    await replaceAll({ values: [v], commitments: [], entries: [], settings: {} });
    seen.push(await getDataVersion());
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('takes a worker slot in one transaction', async () => {
    const take = () =>
      updateState<number, number>('n', (n = 0) => ({ next: n + 1, result: n + 1 }));
    expect(await Promise.all([take(), take(), take()])).toEqual([1, 2, 3]);
  });

  it('reopens after the connection is closed', async () => {
    await addValue(value);
    await closeDb();
    expect(await listValues()).toHaveLength(1);
  });
});
