import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { readAll, removeAll, replaceAll, undoRemoveAll } from '@/utils/db/all';
import { closeDb, getDataVersion, getState, openDb, updateState } from '@/utils/db/connection';
import { addEntry, deleteEntry } from '@/utils/db/days';
import { entriesForDay, entriesInRange } from '@/utils/db/log';
import {
  addCommitment,
  addValue,
  getSettings,
  listCommitments,
  listValues,
  setSettings,
  updateCommitment,
} from '@/utils/db/plan';
import { getReview, reviewsInRange, saveReview } from '@/utils/db/reviews';
import { DB_NAME, DB_VERSION, STATE_KEYS } from '@/utils/model/keys';
import { DEFAULT_SETTINGS } from '@/utils/model/types';

beforeEach(freshDatabase);

const value = { name: 'Health', looksLike: 'I move a little', why: 'My body carries me.' };

describe('the data layer', () => {
  it('opens the named database at the current version with every store and index', async () => {
    const db = await openDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'commitments',
      'days',
      'hardDays',
      'reviews',
      'settings',
      'state',
      'values',
    ]);
    expect([...db.transaction('commitments').store.indexNames]).toEqual(['byValue']);
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

  it('logs entries with their local day, finds them by day and range, and undoes', async () => {
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
    await deleteEntry(win);
    expect(await entriesForDay('2026-11-23')).toEqual([]);
    expect(await entriesInRange('2026-11-01', '2026-11-30')).toEqual([skip]);
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
    await addEntry({ kind: 'win', source: 'popup', text: 'Tea', size: 'full' });
    const before = await readAll();
    const win = { kind: 'win', at: 1, day: '1970-01-01', source: 'popup', size: 'full' } as const;
    // Two entries with the same id: refused before anything is written.
    await expect(
      replaceAll({
        values: [{ ...v, id: 'x' }],
        commitments: [],
        entries: [
          { ...win, id: 'e' },
          { ...win, id: 'e', at: 2 },
        ],
        settings: {},
      }),
    ).rejects.toBeTruthy();
    expect(await readAll()).toEqual(before);
    // Two values with the same id: the second add fails after the clears have run, and the
    // whole transaction rolls back.
    await expect(
      replaceAll({
        values: [v, v],
        commitments: [],
        entries: [{ ...win, id: 'e' }],
        settings: {},
      }),
    ).rejects.toBeTruthy();
    expect(await readAll()).toEqual(before);
  });

  it('deletes everything in one step and hands it back, so Undo can put it all back', async () => {
    const v = await addValue(value);
    await addCommitment({
      valueId: v.id,
      step: 'Walk for ten minutes',
      smallerStep: 'Put on my shoes',
      minutes: 10,
      cue: { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] },
    });
    await addEntry({ kind: 'win', source: 'popup', text: 'Tea', size: 'full' });
    await setSettings({ theme: 'dark' });
    const before = await readAll();
    const version = await getDataVersion();
    const taken = await removeAll();
    expect(taken.data).toEqual(before);
    expect(await readAll()).toEqual({
      values: [],
      commitments: [],
      entries: [],
      settings: {},
      reviews: [],
    });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getDataVersion()).toBe(version + 1);
    expect(taken.version).toBe(version + 1);
    expect(await undoRemoveAll(taken)).toBe(true);
    expect(await readAll()).toEqual(before);
  });

  it('Undo after a deletion restores exactly what was there, or nothing if anything was written since (issue 20)', async () => {
    await addValue(value);
    await addEntry({ kind: 'win', source: 'popup', text: 'Tea', size: 'full' });
    await setSettings({ theme: 'dark', maxRemindersPerDay: 2 });
    const before = await readAll();
    const taken = await removeAll();
    // An import (or any write) after the deletion: Undo would merge two datasets, so it refuses.
    await replaceAll({
      values: [{ ...value, id: 'rest', name: 'Rest', status: 'active', createdAt: 1 }],
      commitments: [],
      entries: [],
      settings: {},
      reviews: [],
    });
    const imported = await readAll();
    const version = await getDataVersion();
    expect(await undoRemoveAll(taken)).toBe(false);
    expect(await readAll()).toEqual(imported);
    expect(await getDataVersion()).toBe(version);
    // Nothing written since: exactly what was there, and a second Undo changes nothing.
    const again = await removeAll();
    expect(await undoRemoveAll(again)).toBe(true);
    expect(await readAll()).toEqual(imported);
    expect(await undoRemoveAll(again)).toBe(false);
    expect(before.values.map((v) => v.name)).toEqual(['Health']);
  });

  it('Delete everything takes the worker’s records too, and Undo puts them back (issue 20)', async () => {
    await updateState(STATE_KEYS.reminders, () => ({
      next: { day: '2026-11-23', snoozes: { c1: 123 } },
      result: null,
    }));
    await updateState(STATE_KEYS.offers, () => ({
      next: { c1: { resizedOn: '2026-11-20' } },
      result: null,
    }));
    await updateState(STATE_KEYS.awaySince, () => ({ next: 99, result: null }));
    const version = await getDataVersion();
    const taken = await removeAll();
    expect(await getState(STATE_KEYS.reminders)).toBeUndefined();
    expect(await getState(STATE_KEYS.offers)).toBeUndefined();
    expect(await getState(STATE_KEYS.awaySince)).toBeUndefined();
    expect(await getDataVersion()).toBe(version + 1);
    // The worker notes the time away after the deletion; Undo puts back exactly what was taken.
    await updateState(STATE_KEYS.awaySince, () => ({ next: 12345, result: null }));
    await updateState('someday', () => ({ next: true, result: null }));
    expect(await undoRemoveAll(taken)).toBe(true);
    expect(await getState('someday')).toBeUndefined();
    expect(await getState(STATE_KEYS.reminders)).toEqual({
      day: '2026-11-23',
      snoozes: { c1: 123 },
    });
    expect(await getState(STATE_KEYS.awaySince)).toBe(99);
  });

  it('keeps a day of entries together: undo takes out one, the last one takes the day', async () => {
    const at = new Date(2026, 10, 23, 9, 0).getTime();
    const log = (minutes: number) =>
      addEntry({ kind: 'checkin', source: 'popup', mood: 3, energy: 3, at: at + minutes * 60_000 });
    // Logged out of time order: reads still come back in time order.
    const late = await log(60);
    const early = await log(0);
    const middle = await log(30);
    const nextDay = await log(24 * 60);
    expect((await entriesForDay('2026-11-23')).map((e) => e.id)).toEqual([
      early.id,
      middle.id,
      late.id,
    ]);
    await deleteEntry(middle);
    expect((await entriesForDay('2026-11-23')).map((e) => e.id)).toEqual([early.id, late.id]);
    await deleteEntry(early);
    await deleteEntry(late);
    expect(await (await openDb()).getAllKeys('days')).toEqual(['2026-11-24']);
    expect(await entriesInRange('2026-11-01', '2026-11-30')).toEqual([nextDay]);
    expect(await entriesInRange('2026-11-30', '2026-11-01')).toEqual([]);
  });

  it('moves a version 1 database (one record per entry) into days, losing nothing', async () => {
    const entries = [
      { id: 'b', kind: 'win', at: 2_000, day: '2026-11-22', source: 'popup', size: 'full' },
      { id: 'a', kind: 'win', at: 1_000, day: '2026-11-22', source: 'popup', size: 'full' },
      { id: 'c', kind: 'skip', at: 90_000_000, day: '2026-11-23', source: 'newtab' },
    ];
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('values', { keyPath: 'id' }).add({ ...value, id: 'v', createdAt: 1 });
        db.createObjectStore('commitments', { keyPath: 'id' }).createIndex('byValue', 'valueId');
        const store = db.createObjectStore('entries', { keyPath: 'id' });
        store.createIndex('byDay', 'day');
        store.createIndex('byCommitment', 'commitmentId');
        store.createIndex('byAt', 'at');
        for (const e of entries) store.add(e);
        db.createObjectStore('settings');
        db.createObjectStore('state');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).not.toContain('entries');
    expect((await entriesForDay('2026-11-22')).map((e) => e.id)).toEqual(['a', 'b']);
    expect((await readAll()).entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect((await listValues()).map((v) => v.id)).toEqual(['v']);
  });

  it('keeps the words of past wins and gives values a status when moving to version 3', async () => {
    const commitment = {
      id: 'c',
      valueId: 'v',
      step: 'Walk for ten minutes',
      smallerStep: 'Put on my shoes',
      minutes: 10,
      cue: { kind: 'first-tab' },
      status: 'active',
      createdAt: 1,
    };
    const entries = [
      {
        id: 'a',
        kind: 'win',
        at: 1,
        day: '2026-11-22',
        source: 'popup',
        commitmentId: 'c',
        size: 'full',
      },
      {
        id: 'b',
        kind: 'win',
        at: 2,
        day: '2026-11-22',
        source: 'popup',
        commitmentId: 'c',
        size: 'smaller',
      },
      {
        id: 'f',
        kind: 'win',
        at: 3,
        day: '2026-11-22',
        source: 'popup',
        text: 'Tea',
        size: 'full',
      },
      { id: 's', kind: 'skip', at: 4, day: '2026-11-22', source: 'newtab', commitmentId: 'c' },
    ];
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 2);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('values', { keyPath: 'id' }).add({ ...value, id: 'v', createdAt: 1 });
        const store = db.createObjectStore('commitments', { keyPath: 'id' });
        store.createIndex('byValue', 'valueId');
        store.add(commitment);
        db.createObjectStore('days', { keyPath: 'day' }).add({ day: '2026-11-22', entries });
        db.createObjectStore('settings');
        db.createObjectStore('state');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect((await openDb()).version).toBe(DB_VERSION);
    const [walk, shoes, tea, skip] = await entriesForDay('2026-11-22');
    expect(walk).toMatchObject({ id: 'a', stepText: 'Walk for ten minutes' });
    expect(shoes).toMatchObject({ id: 'b', stepText: 'Put on my shoes' });
    expect(tea).not.toHaveProperty('stepText');
    expect(skip).not.toHaveProperty('stepText');
    expect((await listValues())[0].status).toBe('active');
    // Renaming the step now leaves the old wins' words as they were.
    await updateCommitment({ ...(await listCommitments())[0], step: 'Walk to the corner' });
    expect((await entriesForDay('2026-11-22'))[0]).toMatchObject({
      stepText: 'Walk for ten minutes',
    });
  });

  it('adds the weekly reviews store when moving to version 4, keeping everything else', async () => {
    // A version 3 database: no reviews store yet.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 3);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('values', { keyPath: 'id' }).add({
          ...value,
          id: 'v',
          status: 'active',
          createdAt: 1,
        });
        db.createObjectStore('commitments', { keyPath: 'id' }).createIndex('byValue', 'valueId');
        db.createObjectStore('days', { keyPath: 'day' });
        db.createObjectStore('settings');
        db.createObjectStore('state');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('reviews');
    expect((await listValues()).map((v) => v.id)).toEqual(['v']);
    const kept = await saveReview({ weekStart: '2026-11-23', helped: ' A walk ', inTheWay: '' });
    expect(kept).toEqual({ weekStart: '2026-11-23', helped: 'A walk' });
    expect(await getReview('2026-11-23')).toEqual(kept);
    expect((await readAll()).reviews).toEqual([kept]);
    // Emptied again, it leaves nothing behind.
    await saveReview({ weekStart: '2026-11-23', helped: '' });
    expect(await getReview('2026-11-23')).toBeUndefined();
  });

  it('marks which past entries were corrected when moving to version 5 (issue 19)', async () => {
    // A version 4 database: `updatedAt` was stamped by History's edits, "How did it feel?" and
    // a skip's reason alike, and History's "corrected" read it.
    const entry = { day: '2026-11-22', source: 'newtab', commitmentId: 'c' };
    const entries = [
      { ...entry, id: 'felt', kind: 'win', at: 1, size: 'full', felt: 4, updatedAt: 11 },
      { ...entry, id: 'fixed', kind: 'win', at: 2, size: 'smaller', updatedAt: 12 },
      { ...entry, id: 'reason', kind: 'skip', at: 3, reason: 'too-big', updatedAt: 13 },
      { ...entry, id: 'moved', kind: 'skip', at: 4, updatedAt: 14 },
      {
        id: 'note',
        kind: 'checkin',
        at: 5,
        day: '2026-11-22',
        source: 'popup',
        mood: 2,
        energy: 2,
        updatedAt: 15,
      },
      { ...entry, id: 'plain', kind: 'win', at: 6, size: 'full' },
    ];
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 4);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('values', { keyPath: 'id' });
        db.createObjectStore('commitments', { keyPath: 'id' }).createIndex('byValue', 'valueId');
        db.createObjectStore('days', { keyPath: 'day' }).add({ day: '2026-11-22', entries });
        db.createObjectStore('settings');
        db.createObjectStore('state').put(7, 'version');
        db.createObjectStore('reviews', { keyPath: 'weekStart' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect((await openDb()).version).toBe(DB_VERSION);
    const after = new Map((await entriesForDay('2026-11-22')).map((e) => [e.id, e]));
    expect(after.get('felt')).not.toHaveProperty('correctedAt');
    expect(after.get('reason')).not.toHaveProperty('correctedAt');
    expect(after.get('plain')).not.toHaveProperty('correctedAt');
    expect(after.get('fixed')).toMatchObject({ updatedAt: 12, correctedAt: 12 });
    expect(after.get('moved')).toMatchObject({ correctedAt: 14 });
    expect(after.get('note')).toMatchObject({ correctedAt: 15 });
    // Every view built before it (the new tab's snapshot) is built again.
    expect(await getDataVersion()).toBe(8);
  });

  it('keeps weekly reviews through Delete everything and its Undo', async () => {
    await saveReview({ weekStart: '2026-11-23', focusCommitmentId: 'c1', helped: 'Tea' });
    const taken = await removeAll();
    expect(taken.data.reviews).toEqual([
      { weekStart: '2026-11-23', focusCommitmentId: 'c1', helped: 'Tea' },
    ]);
    expect(await reviewsInRange('2026-01-01', '2026-12-31')).toEqual([]);
    await undoRemoveAll(taken);
    expect(await reviewsInRange('2026-11-01', '2026-11-30')).toHaveLength(1);
  });

  it('raises the data version with every write, in the same transaction', async () => {
    const seen = [await getDataVersion()];
    const v = await addValue(value);
    seen.push(await getDataVersion());
    const e = await addEntry({ kind: 'win', source: 'popup', text: 'Tea', size: 'full' });
    seen.push(await getDataVersion());
    await deleteEntry(e);
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
