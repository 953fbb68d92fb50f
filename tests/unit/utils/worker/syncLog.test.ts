/**
 * The log through sync in the worker, against WXT's fake browser and fake-indexeddb: with "Also
 * my log from the last 30 days" ticked a win here goes up and another computer's comes in (and
 * is announced, so the badge and the new tab count it); unticked, the log stays put; a step done
 * on another computer is not reminded here; "Remind me on this computer" decides who reminds.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { logDayKey } from '@/utils/core/sync/logDays';
import { bytesOf, QUOTA_BYTES, recordItems } from '@/utils/core/sync/mirror';
import { addEntry } from '@/utils/db/days';
import { entriesForDay } from '@/utils/db/log';
import { addCommitment, addValue, setSettings } from '@/utils/db/plan';
import { readSyncState } from '@/utils/db/syncState';
import { removeEntry } from '@/utils/doors/log';
import { onDataChanged, WORKER } from '@/utils/doors/notices';
import {
  readSyncStatus,
  setLogSync,
  setRemindHere,
  turnSyncOff,
  turnSyncOn,
} from '@/utils/doors/sync';
import type { ChangeNotice } from '@/utils/model/changes';
import { addDays, dayKey } from '@/utils/model/day';
import { alarmName } from '@/utils/model/keys';
import type { Cue, Entry } from '@/utils/model/types';
import { handleAlarm } from '@/utils/worker/cues';
import { handleDataChange } from '@/utils/worker/lifecycle';
import { syncNow } from '@/utils/worker/sync';

/** Monday 7 December 2026, 09:00 local time. */
const T0 = new Date(2026, 11, 7, 9);
const later = (s: number) => new Date(T0.getTime() + s * 1000);
const TODAY = dayKey(T0);
const every = [0, 1, 2, 3, 4, 5, 6] as Cue extends { days: infer D } ? D : never;

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

const synced = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

/** A win another computer logged and put in sync storage. */
function theirWin(commitmentId = 'c-there', at = T0.getTime() - 60_000): Entry {
  return {
    id: 'w-there',
    at,
    day: dayKey(at),
    source: 'popup',
    kind: 'win',
    size: 'full',
    commitmentId,
    stepText: 'Walk for ten minutes',
  };
}

async function fromOtherComputer(entries: Entry[]): Promise<void> {
  const day = entries[0].day;
  await fakeBrowser.storage.sync.set({
    shape: 1,
    ...recordItems({
      key: logDayKey(day),
      at: T0.getTime() - 5000,
      by: 'b',
      data: { entries, gone: {} },
    }),
  });
}

async function logSyncOn(): Promise<void> {
  await turnSyncOn();
  await setLogSync(true);
}

describe('the log through sync in the worker', () => {
  it('sends a win logged here, ticked, and takes in one from another computer, announced', async () => {
    const notices: ChangeNotice[] = [];
    onDataChanged((n) => notices.push(n));
    const mine = await addEntry({
      kind: 'checkin',
      source: 'popup',
      mood: 4,
      energy: 3,
      note: 'calm',
    });
    await fromOtherComputer([theirWin()]);
    await logSyncOn();
    await syncNow(T0);
    const ids = (await entriesForDay(TODAY)).map((e) => e.id).sort();
    expect(ids).toEqual([mine.id, 'w-there'].sort());
    const day = (await synced())[logDayKey(TODAY)] as { d: { entries: Entry[] } };
    expect(day.d.entries.map((e) => e.id).sort()).toEqual(ids);
    await vi.waitFor(() =>
      expect(notices.some((n) => n.origin.from === 'sync' && n.kinds.includes('entries'))).toBe(
        true,
      ),
    );
    expect((await readSyncStatus()).logDays).toBe(30);
  });

  it("sends a win logged by a reminder's Done (the worker's own change)", async () => {
    await logSyncOn();
    await syncNow(T0);
    vi.setSystemTime(later(20));
    await addEntry({ kind: 'win', source: 'notification', size: 'full', commitmentId: 'c1' });
    await handleDataChange({ at: later(20).getTime(), kinds: ['entries'], origin: WORKER });
    expect(Object.keys(await synced())).toContain(logDayKey(TODAY));
  });

  it('takes old days out before it writes new ones when both would not fit at once', async () => {
    // Days long past the window fill most of sync storage; today's notes need room.
    const old: Record<string, unknown> = { shape: 1 };
    for (let back = 40; back < 60; back++) {
      const day = addDays(TODAY, -back);
      old[logDayKey(day)] = {
        at: 1,
        by: 'b',
        d: { entries: [], gone: { [`x${back}`]: 1 }, pad: 'p'.repeat(3_900) },
      };
    }
    await fakeBrowser.storage.sync.set(old);
    for (let i = 0; i < 10; i++) {
      await addEntry({
        kind: 'checkin',
        source: 'popup',
        mood: 3,
        energy: 3,
        note: 'n'.repeat(3_000),
      });
    }
    // The browser's own rule: a set that would pass the quota beside what is there fails.
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if (bytesOf({ ...(await synced()), ...items }) > QUOTA_BYTES) throw new Error('QUOTA_BYTES');
      return set(items);
    });
    await logSyncOn();
    await syncNow(T0);
    const items = await synced();
    expect(Object.keys(items).some((k) => k === logDayKey(addDays(TODAY, -40)))).toBe(false);
    expect(JSON.stringify(items[logDayKey(TODAY)] ?? '')).toContain('"parts"');
    expect((await readSyncStatus()).problem).toBeNull();
  });

  it('leaves the log alone while only the plan is ticked', async () => {
    await addEntry({ kind: 'checkin', source: 'popup', mood: 4, energy: 3 });
    await fromOtherComputer([theirWin()]);
    await turnSyncOn();
    await syncNow(T0);
    expect(await entriesForDay(TODAY)).toHaveLength(1);
    // Only the other computer's day is there: nothing of this log went up.
    expect(Object.keys(await synced()).filter((k) => k.startsWith('log.'))).toEqual([
      logDayKey(TODAY),
    ]);
    expect((await readSyncStatus()).log).toBe(false);
  });

  it('removes here a win undone on the other computer', async () => {
    await fromOtherComputer([theirWin()]);
    await logSyncOn();
    await syncNow(T0);
    expect(await entriesForDay(TODAY)).toHaveLength(1);
    await fakeBrowser.storage.sync.set(
      recordItems({
        key: logDayKey(TODAY),
        at: T0.getTime() + 5000,
        by: 'b',
        data: { entries: [], gone: { 'w-there': T0.getTime() + 4000 } },
      }),
    );
    await syncNow(later(20));
    expect(await entriesForDay(TODAY)).toHaveLength(0);
  });

  it('turned off, unticks the log but keeps what it knew, so an undo meanwhile travels later', async () => {
    await fromOtherComputer([theirWin()]);
    await logSyncOn();
    await syncNow(T0);
    expect(Object.keys((await readSyncState()).knownLog ?? {})).toEqual([TODAY]);
    await turnSyncOff();
    expect((await readSyncState()).knownLog).toEqual({
      [TODAY]: { 'w-there': T0.getTime() - 60_000 },
    });
    expect((await readSyncState()).log).toBe(false);
    expect((await readSyncStatus()).log).toBe(false);
    // Undone while off; on again (both ticks), the undo goes out as a tombstone.
    await removeEntry((await entriesForDay(TODAY))[0]);
    vi.setSystemTime(later(30));
    await logSyncOn();
    await syncNow(later(30));
    const day = (await synced())[logDayKey(TODAY)] as { d: { entries: Entry[]; gone: object } };
    expect(day.d.entries).toEqual([]);
    expect(Object.keys(day.d.gone)).toEqual(['w-there']);
  });
});

describe('who reminds, with sync on', () => {
  async function walkAt(time: string) {
    const value = await addValue({ name: 'Health', looksLike: 'I move', why: '' });
    return addCommitment({
      valueId: value.id,
      step: 'Walk for ten minutes',
      smallerStep: 'Shoes on',
      minutes: 10,
      cue: { kind: 'time', at: time, days: every },
    });
  }
  const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

  it('keeps reminding on the first computer, and asks on one that found a plan waiting', async () => {
    await walkAt('09:30');
    await turnSyncOn();
    await syncNow(T0);
    expect(await readSyncStatus()).toMatchObject({ remindHere: true, askRemind: false });
    // Another computer turns sync on and finds this plan there.
    const items = await synced();
    await freshDatabase();
    await fakeBrowser.storage.sync.clear();
    await fakeBrowser.storage.sync.set(items);
    await addValue({ name: 'Rest', looksLike: 'I stop', why: '' });
    await turnSyncOn();
    await syncNow(later(1));
    expect(await readSyncStatus()).toMatchObject({ remindHere: true, askRemind: true });
    await setRemindHere(false);
    expect(await readSyncStatus()).toMatchObject({ remindHere: false, askRemind: false });
  });

  it('shows no reminder here when the person chose another computer', async () => {
    await setSettings({ maxRemindersPerDay: 6 });
    const walk = await walkAt('09:30');
    const stretch = await walkAt('09:40');
    await turnSyncOn();
    await syncNow(T0);
    await setRemindHere(false);
    vi.setSystemTime(later(30 * 60));
    await handleAlarm(alarmName(walk.id), later(30 * 60));
    expect(await shown()).toEqual([]);
    // Ticked again, this computer reminds of what comes next.
    await setRemindHere(true);
    vi.setSystemTime(later(40 * 60));
    await handleAlarm(alarmName(stretch.id), later(40 * 60));
    expect(await shown()).toHaveLength(1);
  });

  it('does not remind of a step done on the other computer today', async () => {
    await setSettings({ maxRemindersPerDay: 6 });
    const walk = await walkAt('09:30');
    await logSyncOn();
    await syncNow(T0);
    // The other computer logged the walk and its write arrived here.
    await fakeBrowser.storage.sync.set(
      recordItems({
        key: logDayKey(TODAY),
        at: T0.getTime() + 60_000,
        by: 'b',
        data: { entries: [theirWin(walk.id, T0.getTime() + 50_000)], gone: {} },
      }),
    );
    vi.setSystemTime(later(30 * 60));
    await handleAlarm(alarmName(walk.id), later(30 * 60));
    expect(await shown()).toEqual([]);
    expect((await entriesForDay(TODAY)).map((e) => e.id)).toEqual(['w-there']);
  });
});
