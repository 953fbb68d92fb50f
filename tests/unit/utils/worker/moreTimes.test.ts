/**
 * A step with more than one time a day (`alsoAt`): one alarm per time, a later time only while
 * the step is not done that day, one catch-up after sleep, and quiet hours, the daily cap,
 * "Remind me in 30 minutes" and the stop after ignored reminders for each time.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { SNOOZE_MS } from '@/utils/core/reminderLog';
import { addEntry } from '@/utils/db/days';
import { addCommitment, addValue, setSettings, updateCommitment } from '@/utils/db/plan';
import { changeReminderLog, readReminderLog } from '@/utils/db/reminderLog';
import { alarmName } from '@/utils/model/keys';
import type { Commitment, TimeCue } from '@/utils/model/types';
import { handleAlarm, reconcileAlarms, remindDue } from '@/utils/worker/cues';

/** Monday 23 November 2026, local time. */
const at = (h: number, m = 0, day = 23) => new Date(2026, 10, day, h, m);
const every: TimeCue['days'] = [0, 1, 2, 3, 4, 5, 6];

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(5));
  await setSettings({ quietHours: { start: '22:00', end: '07:00' }, maxRemindersPerDay: 6 });
});

async function plan(cue: TimeCue): Promise<Commitment> {
  const value = await addValue({ name: 'Health', looksLike: 'I move', why: 'It steadies me.' });
  return addCommitment({
    valueId: value.id,
    step: 'Drink a glass of water',
    smallerStep: 'A sip',
    minutes: 1,
    cue,
  });
}
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
const clearAll = async () => {
  for (const id of await shown()) await fakeBrowser.notifications.clear(id);
};
const alarms = async () =>
  Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
const win = (c: Commitment, when: Date) =>
  addEntry({ kind: 'win', source: 'popup', commitmentId: c.id, size: 'full', at: when.getTime() });

describe('one alarm per time', () => {
  it('has cue:<id> for the first time and cue:<id>@HH:MM for each more time; stale ones go', async () => {
    const c = await plan({ kind: 'time', at: '09:00', days: every, alsoAt: ['12:30', '15:00'] });
    await reconcileAlarms(at(5));
    expect(await alarms()).toMatchObject({
      [alarmName(c.id)]: at(9).getTime(),
      [alarmName(c.id, '12:30')]: at(12, 30).getTime(),
      [alarmName(c.id, '15:00')]: at(15).getTime(),
    });
    // Past 9:00 the first time's alarm is tomorrow's; the others are still today's.
    await reconcileAlarms(at(10));
    expect((await alarms())[alarmName(c.id)]).toBe(at(9, 0, 24).getTime());
    expect((await alarms())[alarmName(c.id, '15:00')]).toBe(at(15).getTime());
    // A time taken away takes its alarm with it.
    await updateCommitment({ ...c, cue: { kind: 'time', at: '09:00', days: every } });
    await reconcileAlarms(at(10));
    const names = Object.keys(await alarms()).filter((n) => n.startsWith('cue:'));
    expect(names).toEqual([alarmName(c.id)]);
  });
});

describe('a later time only while not done', () => {
  it('the 15:00 alarm shows nothing once the step was done that day; the next day it comes', async () => {
    const c = await plan({ kind: 'time', at: '09:00', days: every, alsoAt: ['15:00'] });
    vi.setSystemTime(at(9));
    await handleAlarm(alarmName(c.id), at(9));
    expect(await shown()).toHaveLength(1);
    await clearAll();
    await win(c, at(10));
    vi.setSystemTime(at(15));
    await handleAlarm(alarmName(c.id, '15:00'), at(15));
    expect(await shown()).toHaveLength(0);
    expect((await alarms())[alarmName(c.id, '15:00')]).toBe(at(15, 0, 24).getTime());
    vi.setSystemTime(at(15, 0, 24));
    await handleAlarm(alarmName(c.id, '15:00'), at(15, 0, 24));
    expect(await shown()).toHaveLength(1);
  });

  it('a skip ("Not today") also keeps the later times quiet that day', async () => {
    const c = await plan({ kind: 'time', at: '09:00', days: every, alsoAt: ['15:00'] });
    await addEntry({ kind: 'skip', source: 'popup', commitmentId: c.id, at: at(8).getTime() });
    expect(await remindDue(at(9))).toBe(0);
    expect(await remindDue(at(15))).toBe(0);
  });
});

describe('after sleep', () => {
  it('owes one catch-up for a step whose 9:00 and 15:00 were both slept through', async () => {
    const c = await plan({ kind: 'time', at: '09:00', days: every, alsoAt: ['15:00'] });
    expect(await remindDue(at(16))).toBe(1);
    expect((await readReminderLog(at(16))).lastFired[c.id]).toBe(at(15).getTime());
    expect(await remindDue(at(16, 5))).toBe(0);
  });
});

describe('each time as a reminder of its own', () => {
  it('counts each time against the daily cap', async () => {
    await setSettings({ maxRemindersPerDay: 1 });
    await plan({ kind: 'time', at: '09:00', days: every, alsoAt: ['15:00'] });
    expect(await remindDue(at(9))).toBe(1);
    expect(await remindDue(at(15))).toBe(0);
    expect((await readReminderLog(at(15))).heldBack).toBe(1);
  });

  it('holds a time inside quiet hours until they end, and the next time still comes', async () => {
    const c = await plan({ kind: 'time', at: '06:30', days: every, alsoAt: ['12:00'] });
    expect(await remindDue(at(6, 30))).toBe(0);
    expect(Object.keys((await readReminderLog(at(6, 30))).deferred)).toEqual([c.id]);
    vi.setSystemTime(at(7));
    expect(await remindDue(at(7))).toBe(1);
    expect(await remindDue(at(12))).toBe(1);
  });

  it('a time that comes while a put-off reminder waits is folded into it', async () => {
    const c = await plan({ kind: 'time', at: '14:00', days: every, alsoAt: ['15:00'] });
    expect(await remindDue(at(14))).toBe(1);
    // "Remind me in 30 minutes" at 14:50: due at 15:20.
    const due = at(14, 50).getTime() + SNOOZE_MS;
    await changeReminderLog(at(14, 50), (log) => {
      log.snoozes[c.id] = due;
    });
    expect(await remindDue(at(15))).toBe(0);
    expect(await remindDue(new Date(due))).toBe(1);
    expect(await remindDue(at(15, 40))).toBe(0);
  });

  it('ignored reminders count once a day, so the stop comes after as many days as for one time', async () => {
    const c = await plan({ kind: 'time', at: '09:00', days: every, alsoAt: ['15:00'] });
    const results: number[] = [];
    // Each day's two reminders come and go unanswered; an unanswered day counts once.
    for (const day of [23, 24, 25, 26]) {
      for (const hour of [9, 15]) results.push(await remindDue(at(hour, 0, day)));
    }
    // Shown on the first three days; on the fourth the three ignored days stop the cue.
    expect(results).toEqual([1, 1, 1, 1, 1, 1, 0, 0]);
    expect((await readReminderLog(at(15, 0, 26))).attention[c.id].stoppedCue).toBeDefined();
  });
});
