/**
 * Reminders a person can rely on: quiet hours defer to their end, the cap is counted,
 * "Remind me in 30 minutes", three ignored stop the cue, words rotate per step, Undo on the
 * reply, a pause of all reminders, and the log's shape-1 migration.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { SNOOZE_MS } from '@/utils/core/reminderLog';
import { updateState } from '@/utils/db/connection';
import { addEntry } from '@/utils/db/days';
import { entriesForDay } from '@/utils/db/log';
import { addCommitment, addValue, setSettings } from '@/utils/db/plan';
import { changeReminderLog, readReminderLog } from '@/utils/db/reminderLog';
import { ALARMS, alarmName, LATER_PREFIX, STATE_KEYS } from '@/utils/model/keys';
import type { Cue } from '@/utils/model/types';
import { handleAlarm, reconcileAlarms, remindDue } from '@/utils/worker/cues';
import {
  handleNotificationButton,
  handleNotificationClick,
  parseNotificationId,
} from '@/utils/worker/notifications';

/** Monday 23 November 2026, local time. */
const at = (h: number, m = 0, day = 23) => new Date(2026, 10, day, h, m);
const every = [0, 1, 2, 3, 4, 5, 6] as Cue extends { days: infer D } ? D : never;

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(5));
  await setSettings({ quietHours: { start: '22:00', end: '07:00' }, maxRemindersPerDay: 6 });
});

async function plan(cue: Cue, step = 'Walk for ten minutes') {
  const value = await addValue({ name: 'Health', looksLike: 'I move', why: 'It steadies me.' });
  return addCommitment({ valueId: value.id, step, smallerStep: 'Shoes on', minutes: 10, cue });
}
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
const alarms = async () =>
  Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
const clearAll = async () => {
  for (const id of await shown()) await fakeBrowser.notifications.clear(id);
};

describe('quiet hours hold a reminder until they end', () => {
  it('a 06:30 step under 22:00–07:00 comes once at 07:00', async () => {
    const c = await plan({ kind: 'time', at: '06:30', days: every });
    expect(await remindDue(at(6, 30))).toBe(0);
    await reconcileAlarms(at(6, 30));
    expect((await alarms())[ALARMS.quietEnd]).toBe(at(7).getTime());
    vi.setSystemTime(at(7));
    await handleAlarm(ALARMS.quietEnd, at(7));
    expect(await shown()).toHaveLength(1);
    expect(parseNotificationId((await shown())[0])?.commitmentId).toBe(c.id);
    await clearAll();
    await handleAlarm(ALARMS.quietEnd, at(7, 1));
    await handleAlarm(alarmName(c.id), at(7, 2));
    expect(await shown()).toHaveLength(0);
    expect((await alarms())[ALARMS.quietEnd]).toBeUndefined();
  });

  it('does not come when the step was done meanwhile, nor for a time quiet until the next day', async () => {
    const c = await plan({ kind: 'time', at: '06:30', days: every });
    expect(await remindDue(at(6, 30))).toBe(0);
    await addEntry({
      kind: 'win',
      source: 'popup',
      commitmentId: c.id,
      size: 'full',
      at: at(6, 40).getTime(),
    });
    expect(await remindDue(at(7))).toBe(0);
    await plan({ kind: 'time', at: '23:00', days: every });
    expect(await remindDue(at(23, 0))).toBe(0);
    expect((await readReminderLog(at(23, 0))).deferred).toEqual({});
  });
});

it('the daily cap counts what it holds back, for the new tab', async () => {
  await setSettings({ quietHours: null, maxRemindersPerDay: 1 });
  await plan({ kind: 'time', at: '12:00', days: every });
  await plan({ kind: 'time', at: '12:05', days: every });
  await plan({ kind: 'time', at: '12:06', days: every });
  expect(await remindDue(at(12, 10))).toBe(1);
  expect(await readReminderLog(at(12, 10))).toMatchObject({ heldBack: 2, newtab: true });
});

describe('Remind me in 30 minutes', () => {
  it('keeps an alarm that survives a restart, comes once, and respects quiet hours', async () => {
    await setSettings({ quietHours: { start: '21:00', end: '21:45' } });
    const c = await plan({ kind: 'time', at: '20:00', days: every });
    vi.setSystemTime(at(20, 50));
    const due = at(20, 50).getTime() + SNOOZE_MS;
    await changeReminderLog(at(20, 50), (log) => {
      log.snoozes[c.id] = due;
    });
    await reconcileAlarms(at(20, 50));
    expect((await alarms())[`${LATER_PREFIX}${c.id}`]).toBe(due);
    // The browser restarts and its alarms are gone: the worker's start puts it back.
    await fakeBrowser.alarms.clearAll();
    await reconcileAlarms(at(20, 55));
    expect((await alarms())[`${LATER_PREFIX}${c.id}`]).toBe(due);
    // Due at 21:20, inside quiet hours: it waits for 21:45, then comes once.
    vi.setSystemTime(at(21, 20));
    await handleAlarm(`${LATER_PREFIX}${c.id}`, at(21, 20));
    expect(await shown()).toHaveLength(0);
    expect((await alarms())[ALARMS.quietEnd]).toBe(at(21, 45).getTime());
    expect((await alarms())[`${LATER_PREFIX}${c.id}`]).toBeUndefined();
    await handleAlarm(ALARMS.quietEnd, at(21, 45));
    expect(await shown()).toHaveLength(1);
    await clearAll();
    await handleAlarm(ALARMS.quietEnd, at(21, 46));
    expect(await remindDue(at(21, 50))).toBe(0);
  });
});

describe('quieter when ignored', () => {
  it('after three ignored in a row the cue stops; the new tab is told', async () => {
    const c = await plan({ kind: 'time', at: '13:00', days: every });
    const results: number[] = [];
    for (const day of [23, 24, 25, 26]) results.push(await remindDue(at(13, 0, day)));
    expect(results).toEqual([1, 1, 1, 0]);
    const log = await readReminderLog(at(13, 0, 26));
    expect(log.newtab).toBe(true);
    expect(log.attention[c.id].stoppedCue).toBeDefined();
  });

  it('a click or an entry for the step in between resets the count', async () => {
    const c = await plan({ kind: 'time', at: '13:00', days: every });
    await remindDue(at(13, 0, 23));
    await remindDue(at(13, 0, 24));
    await handleNotificationClick((await shown())[0]);
    await remindDue(at(13, 0, 25));
    await addEntry({
      kind: 'win',
      source: 'popup',
      commitmentId: c.id,
      size: 'full',
      at: at(18, 0, 25).getTime(),
    });
    await remindDue(at(13, 0, 26));
    await remindDue(at(13, 0, 27));
    expect(await remindDue(at(13, 0, 28))).toBe(1);
    expect((await readReminderLog(at(13, 0, 28))).attention[c.id].ignored).toBe(2);
  });

  it('the words never repeat twice in a row for a step, and carry the plan and the why', async () => {
    await plan({ kind: 'time', at: '13:00', days: every });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    for (const day of [23, 24, 25]) {
      await remindDue(at(13, 0, day));
      await handleNotificationClick((await shown())[0]);
    }
    const messages = create.mock.calls.map(
      (call) => call[1] as unknown as { title: string; message: string },
    );
    expect(new Set(messages.map((m) => m.title)).size).toBe(3);
    expect(new Set(messages.map((m) => m.message)).size).toBe(3);
    for (const m of messages) {
      expect(m.message).toContain('walk for ten minutes — for Health');
      expect(m.message).toContain('It steadies me.');
    }
  });
});

it('Undo on the reply after Done removes that win', async () => {
  await setSettings({ quietHours: null });
  await plan({ kind: 'time', at: '13:00', days: every });
  await remindDue(at(13));
  const replies = vi.spyOn(fakeBrowser.notifications, 'create');
  const win = await handleNotificationButton((await shown())[0], 0, at(13, 1));
  const [replyId] = await shown();
  expect((replies.mock.calls[0][1] as unknown as { buttons: unknown }).buttons).toEqual([
    { title: 'Undo' },
  ]);
  replies.mockClear();
  const create = replies;
  expect(parseNotificationId(replyId)).toMatchObject({ mode: 'reply', entry: { id: win?.id } });
  expect((await entriesForDay('2026-11-23')).length).toBe(1);
  await handleNotificationButton(replyId, 0, at(13, 2));
  expect(await entriesForDay('2026-11-23')).toEqual([]);
  expect((create.mock.calls[0][1] as unknown as { message: string }).message).toContain('Undone');
});

describe('a pause of all reminders', () => {
  it('holds every alarm back until it ends, and owes nothing from during it', async () => {
    await setSettings({ quietHours: null });
    const c = await plan({ kind: 'time', at: '13:00', days: every });
    await plan({ kind: 'browser-start' });
    const until = at(12, 0, 25).getTime();
    await changeReminderLog(at(9), (log) => {
      log.pausedUntil = until;
    });
    await reconcileAlarms(at(9));
    expect(Object.keys(await alarms()).sort()).toEqual([ALARMS.newDay, ALARMS.pauseEnd].sort());
    expect(await remindDue(at(13, 0, 24))).toBe(0);
    await handleAlarm(ALARMS.pauseEnd, at(12, 0, 25));
    expect((await alarms())[alarmName(c.id)]).toBe(at(13, 0, 25).getTime());
    expect(await shown()).toHaveLength(0);
    expect(await remindDue(at(13, 0, 25))).toBe(1);
  });
});

it('reads a shape-1 log (day, sent and lastFired only) and reminds as before', async () => {
  const c = await plan({ kind: 'time', at: '13:00', days: every });
  await updateState(STATE_KEYS.reminders, () => ({
    next: { day: '2026-11-23', sent: [], lastFired: { [c.id]: at(13, 0, 22).getTime() } },
    result: undefined,
  }));
  await reconcileAlarms(at(12));
  expect(await remindDue(at(13))).toBe(1);
  expect((await readReminderLog(at(13))).v).toBe(2);
});
