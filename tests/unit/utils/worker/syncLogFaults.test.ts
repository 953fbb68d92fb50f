/**
 * The log through sync when things go wrong, in the worker against WXT's fake browser: an entry
 * put back after a delete (or after Delete everything) stays; a computer without the log's tick
 * takes out days no one mirrors and makes room for the plan; a correction across the window's
 * edge neither doubles nor loses an entry; an undo made while sync was off travels once it is
 * back on; a day torn by two writes is written over once it has waited long enough.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { logDayKey } from '@/utils/core/sync/logDays';
import { recordItems } from '@/utils/core/sync/mirror';
import { addEntry } from '@/utils/db/days';
import { entriesForDay, entriesInRange } from '@/utils/db/log';
import { addValue } from '@/utils/db/plan';
import { readSyncState } from '@/utils/db/syncState';
import { deleteEverything, undoDeleteEverything } from '@/utils/doors/backups';
import { correctEntry, putBackEntry, removeEntry } from '@/utils/doors/log';
import { setLogSync, turnSyncOff, turnSyncOn } from '@/utils/doors/sync';
import { addDays, dayKey, dayStart } from '@/utils/model/day';
import type { Entry } from '@/utils/model/types';
import { syncNow } from '@/utils/worker/sync';

const T0 = new Date(2026, 11, 7, 9);
const later = (s: number) => new Date(T0.getTime() + s * 1000);
const TODAY = dayKey(T0);
const synced = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;
const checkin = (extra: object = {}) =>
  addEntry({ kind: 'checkin', source: 'popup', mood: 3, energy: 3, note: 'n', ...extra } as never);
async function logOn() {
  await turnSyncOn();
  await setLogSync(true);
}

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

describe('the log through sync, when things go wrong', () => {
  it('keeps an entry put back after a delete (Undo) once its tombstone has gone out', async () => {
    await logOn();
    const e = await checkin();
    await syncNow(T0);
    vi.setSystemTime(later(20));
    await removeEntry(e);
    await syncNow(later(20));
    await putBackEntry(e);
    await syncNow(later(40));
    expect((await entriesForDay(TODAY)).map((x) => x.id)).toEqual([e.id]);
  });

  it('keeps the log put back by Undo after Delete everything on every computer', async () => {
    await logOn();
    const e = await checkin();
    await syncNow(T0);
    vi.setSystemTime(later(20));
    const taken = await deleteEverything('everywhere');
    await syncNow(later(20));
    expect(await undoDeleteEverything(taken)).toBe(true);
    await syncNow(later(40));
    expect((await entriesForDay(TODAY)).map((x) => x.id)).toEqual([e.id]);
  });

  it('with the log unticked, makes room for the plan by taking log days out', async () => {
    for (let back = 0; back < 30; back++) {
      const at = dayStart(addDays(TODAY, -back)).getTime() + 8 * 3600_000;
      for (let i = 0; i < 4; i++) await checkin({ note: 'n'.repeat(900), at: at + i });
    }
    await logOn();
    await syncNow(T0);
    await setLogSync(false);
    vi.setSystemTime(later(20));
    for (let i = 0; i < 8; i++)
      await addValue({ name: `V${i}`, looksLike: 'x'.repeat(400), why: 'y'.repeat(400) });
    await syncNow(later(20));
    expect((await readSyncState()).problem).toBeNull();
  });

  it('holds one copy of an old entry that a correction elsewhere moved into the window', async () => {
    const old = addDays(TODAY, -40);
    const x = await checkin({ at: dayStart(old).getTime() + 9 * 3600_000 });
    await logOn();
    await syncNow(T0);
    const d = addDays(TODAY, -3);
    const moved = {
      ...x,
      day: d,
      at: dayStart(d).getTime() + 9 * 3600_000,
      updatedAt: T0.getTime() + 1000,
      correctedAt: T0.getTime() + 1000,
    } as Entry;
    await fakeBrowser.storage.sync.set(
      recordItems({
        key: logDayKey(d),
        at: T0.getTime() + 1000,
        by: 'a',
        data: { entries: [moved], gone: {} },
      }),
    );
    await syncNow(later(20));
    const all = await entriesInRange(addDays(TODAY, -60), TODAY);
    expect(all.filter((e) => e.id === x.id)).toHaveLength(1);
  });

  it('sends no tombstone for an entry a correction here moved out of the window', async () => {
    const d = addDays(TODAY, -3);
    const x = await checkin({ at: dayStart(d).getTime() + 9 * 3600_000 });
    await logOn();
    await syncNow(T0);
    // Corrected here to 40 days ago: outside the window, so it simply stops travelling.
    const old = addDays(TODAY, -40);
    const at = dayStart(old).getTime() + 9 * 3600_000;
    const moved = {
      ...x,
      day: old,
      at,
      updatedAt: T0.getTime() + 30_000,
      correctedAt: T0.getTime() + 30_000,
    } as Entry;
    vi.setSystemTime(later(30));
    await correctEntry(x, moved);
    await syncNow(later(30));
    const day = (await synced())[logDayKey(d)] as { d: { entries: Entry[]; gone: object } };
    expect(day.d.gone).toEqual({});
    expect(day.d.entries.map((e) => e.id)).toEqual([x.id]);
    expect((await entriesForDay(old)).map((e) => e.id)).toEqual([x.id]);
  });

  it('sends an undo made while sync was off once sync and the log are on again', async () => {
    await logOn();
    const e = await checkin();
    await syncNow(T0);
    await turnSyncOff();
    await removeEntry(e);
    vi.setSystemTime(later(30));
    await logOn();
    await syncNow(later(30));
    expect(await entriesForDay(TODAY)).toEqual([]);
  });

  it('writes over a day torn by two writes once it has waited long enough', async () => {
    const big = (who: string) => ({
      entries: [],
      gone: Object.fromEntries(
        Array.from({ length: 400 }, (_, i) => [`${who}-${i}-xxxxxxxxxxxxxxxx`, 1]),
      ),
    });
    const a = recordItems({ key: logDayKey(TODAY), at: 1, by: 'a', data: big('a') });
    const b = recordItems({ key: logDayKey(TODAY), at: 2, by: 'b', data: big('b') });
    const torn: Record<string, unknown> = { shape: 1 };
    for (const k of Object.keys(a)) torn[k] = k.includes('#') ? b[k] : a[k];
    await fakeBrowser.storage.sync.set(torn);
    await checkin({ note: 'today' });
    await logOn();
    await syncNow(T0);
    await syncNow(later(3600));
    expect(JSON.stringify(await synced())).toContain('today');
  });
});
