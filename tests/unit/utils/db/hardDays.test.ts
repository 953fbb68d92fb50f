/**
 * The plan for hard days in the database: kept tidy in its own store, removed when emptied, let
 * go of a deleted step, taken by Delete everything and put back by its Undo, read and replaced
 * with everything else, and added to a version 5 database by the upgrade.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { hasNothingStored, readAll, removeAll, replaceAll, undoRemoveAll } from '@/utils/db/all';
import { getDataVersion, openDb } from '@/utils/db/connection';
import { deleteHardDaysPlan, getHardDaysPlan, putHardDaysPlan } from '@/utils/db/hardDays';
import { addCommitment, addValue, deleteCommitment } from '@/utils/db/plan';
import { keepHardDaysPlan, readHardDaysPlan } from '@/utils/doors/hardDays';
import { emptyHardDaysPlan, type HardDaysPlan } from '@/utils/model/hardDays';
import { DB_NAME, DB_VERSION } from '@/utils/model/keys';

beforeEach(freshDatabase);

const plan = (parts: Partial<HardDaysPlan> = {}): HardDaysPlan => ({
  ...emptyHardDaysPlan(1_000),
  ...parts,
});

describe('the plan for hard days in the database', () => {
  it('keeps it trimmed, without blank lines or empty contacts, in one record', async () => {
    const kept = await putHardDaysPlan(
      plan({
        signs: ['  I stop answering messages ', '   ', ''],
        people: [
          { name: ' Sam ', reach: ' 555 0100 ' },
          { name: '  ', reach: '' },
        ],
        professionals: [{ name: '', reach: 'Dr Lee, 555 0199' }],
        routineStepId: 'c1',
      }),
    );
    const expected = plan({
      signs: ['I stop answering messages'],
      people: [{ name: 'Sam', reach: '555 0100' }],
      professionals: [{ name: '', reach: 'Dr Lee, 555 0199' }],
      routineStepId: 'c1',
    });
    expect(kept).toEqual(expected);
    expect(await getHardDaysPlan()).toEqual(expected);
    expect(await (await openDb()).getAllKeys('hardDays')).toEqual(['plan']);
  });

  it('removes a plan left empty, and raises the data version with every write', async () => {
    const seen = [await getDataVersion()];
    await putHardDaysPlan(plan({ onMyOwn: ['Make tea'] }));
    seen.push(await getDataVersion());
    expect(await putHardDaysPlan(plan({ onMyOwn: [' '], people: [{ name: '', reach: '' }] }))).toBe(
      null,
    );
    seen.push(await getDataVersion());
    expect(await getHardDaysPlan()).toBeUndefined();
    await putHardDaysPlan(plan({ signs: ['Tired'] }));
    await deleteHardDaysPlan();
    expect(await getHardDaysPlan()).toBeUndefined();
    expect(seen).toEqual([0, 1, 2]);
  });

  it('through its door: stamped now, read back, and an emptied plan returned empty', async () => {
    expect(await readHardDaysPlan()).toBeNull();
    const before = Date.now();
    const kept = await keepHardDaysPlan(plan({ distractions: [' The park '] }));
    expect(kept.distractions).toEqual(['The park']);
    expect(kept.updatedAt).toBeGreaterThanOrEqual(before);
    expect(await readHardDaysPlan()).toEqual(kept);
    const emptied = await keepHardDaysPlan(plan({ distractions: [''] }));
    expect(emptied).toMatchObject({ distractions: [], signs: [], people: [] });
    expect(emptied).not.toHaveProperty('routineStepId');
    expect(await readHardDaysPlan()).toBeNull();
  });

  it('lets go of a deleted step as its routine’s, leaving no id that points at nothing', async () => {
    const v = await addValue({ name: 'Rest', looksLike: '', why: '' });
    const step = {
      valueId: v.id,
      step: 'Lie down for five minutes',
      smallerStep: 'Sit down',
      minutes: 5,
      cue: { kind: 'first-tab' } as const,
    };
    const routine = await addCommitment(step);
    const other = await addCommitment(step);
    await putHardDaysPlan(plan({ signs: ['Tired'], routineStepId: routine.id }));
    await deleteCommitment(other.id);
    expect((await getHardDaysPlan())?.routineStepId).toBe(routine.id);
    await deleteCommitment(routine.id);
    expect(await getHardDaysPlan()).toEqual(plan({ signs: ['Tired'] }));
    // A plan that held nothing but the step is removed with it.
    const only = await addCommitment(step);
    await putHardDaysPlan(plan({ routineStepId: only.id }));
    await deleteCommitment(only.id);
    expect(await getHardDaysPlan()).toBeUndefined();
  });

  it('is read and replaced with everything else (a backup), and left out when there is none', async () => {
    expect(await readAll()).not.toHaveProperty('hardDaysPlan');
    const kept = await putHardDaysPlan(plan({ saferSurroundings: ['Keep the pills with Sam'] }));
    expect((await readAll()).hardDaysPlan).toEqual(kept);
    const other = plan({ signs: ['I sleep all day'] });
    await replaceAll({
      values: [],
      commitments: [],
      entries: [],
      settings: {},
      hardDaysPlan: other,
    });
    expect(await getHardDaysPlan()).toEqual(other);
    // A backup without a plan replaces everything, the plan too, as it does the weekly reviews.
    await replaceAll({ values: [], commitments: [], entries: [], settings: {} });
    expect(await getHardDaysPlan()).toBeUndefined();
  });

  it('counts as something stored, so an import asks before it replaces a plan', async () => {
    expect(await hasNothingStored()).toBe(true);
    await putHardDaysPlan(plan({ signs: ['Tired'] }));
    expect(await hasNothingStored()).toBe(false);
  });

  it('goes with Delete everything, and its Undo brings it back', async () => {
    const kept = await putHardDaysPlan(plan({ people: [{ name: 'Gran', reach: '555 0123' }] }));
    const taken = await removeAll();
    expect(taken.data.hardDaysPlan).toEqual(kept);
    expect(await getHardDaysPlan()).toBeUndefined();
    expect(await undoRemoveAll(taken)).toBe(true);
    expect(await getHardDaysPlan()).toEqual(kept);
  });

  it('gets its store when a version 5 database is upgraded, keeping everything else', async () => {
    const value = { id: 'v', name: 'Rest', looksLike: '', why: '', status: 'active', createdAt: 1 };
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 5);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('values', { keyPath: 'id' }).add(value);
        db.createObjectStore('commitments', { keyPath: 'id' }).createIndex('byValue', 'valueId');
        db.createObjectStore('days', { keyPath: 'day' });
        db.createObjectStore('settings').put({ theme: 'dark' }, 'settings');
        db.createObjectStore('state').put(7, 'version');
        db.createObjectStore('reviews', { keyPath: 'weekStart' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('hardDays');
    expect(await getHardDaysPlan()).toBeUndefined();
    expect((await readAll()).values).toEqual([value]);
    expect((await readAll()).settings).toEqual({ theme: 'dark' });
    expect(await getDataVersion()).toBe(7);
    const kept = await putHardDaysPlan(plan({ signs: ['Tired'] }));
    expect(await getHardDaysPlan()).toEqual(kept);
  });
});
