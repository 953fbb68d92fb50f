import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { removeAll, replaceAll } from '@/utils/db/all';
import { getState } from '@/utils/db/connection';
import { addEntry, addStepWin } from '@/utils/db/days';
import { entriesForDay } from '@/utils/db/log';
import { addCommitment, addValue, setSettings, updateCommitment } from '@/utils/db/plan';
import { changeReminderLog } from '@/utils/db/reminderLog';
import { ALARMS, alarmName, STATE_KEYS } from '@/utils/model/keys';
import type { Cue } from '@/utils/model/types';
import { updateBadge } from '@/utils/worker/badge';
import {
  BACK_AGAIN_AFTER_MS,
  handleAlarm,
  handleBrowserStart,
  handleIdleState,
  reconcileAlarms,
  remindDue,
} from '@/utils/worker/cues';
import {
  handleNotificationButton,
  handleNotificationClick,
  notificationId,
  parseNotificationId,
} from '@/utils/worker/notifications';

/** Monday 23 November 2026, local time. */
const at = (h: number, m = 0, day = 23) => new Date(2026, 10, day, h, m);

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(8));
  await setSettings({ quietHours: { start: '22:00', end: '07:00' }, maxRemindersPerDay: 6 });
});

async function plan(cue: Cue, step = 'Walk for ten minutes') {
  const value = await addValue({ name: 'Health', looksLike: 'I move', why: 'It steadies me.' });
  return addCommitment({
    valueId: value.id,
    step,
    smallerStep: 'Put on my shoes',
    minutes: 10,
    cue,
  });
}

const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
const weekdays = [1, 2, 3, 4, 5] as Cue extends { days: infer D } ? D : never;

describe('alarms equal the plan', () => {
  it('creates one alarm per active clock cue at its next occurrence, plus the new day', async () => {
    const lunch = await plan({ kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] });
    const coffee = await plan({ kind: 'anchor', text: 'after coffee', remindAt: '09:15' });
    await plan({ kind: 'anchor', text: 'after I brush my teeth' });
    await plan({ kind: 'browser-start' });
    await reconcileAlarms(at(8));
    const alarms = Object.fromEntries(
      (await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]),
    );
    expect(alarms).toEqual({
      [alarmName(lunch.id)]: at(13).getTime(),
      [alarmName(coffee.id)]: at(9, 15).getTime(),
      [ALARMS.newDay]: at(0, 0, 24).getTime(),
    });
  });

  it('never keeps a put-off alarm for a step that no longer exists (issue 20)', async () => {
    const c = await plan({ kind: 'time', at: '13:00', days: weekdays });
    await changeReminderLog(at(8), (log) => {
      log.snoozes[c.id] = at(9).getTime();
      log.snoozes.gone = at(9).getTime();
    });
    await reconcileAlarms(at(8));
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual([alarmName(c.id), `later:${c.id}`, ALARMS.newDay].sort());
    await updateCommitment({ ...c, status: 'archived' });
    await reconcileAlarms(at(8));
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([ALARMS.newDay]);
  });

  it('after Delete everything, no reminder alarm is left, put-off ones included (issue 20)', async () => {
    const c = await plan({ kind: 'time', at: '13:00', days: weekdays });
    await changeReminderLog(at(8), (log) => {
      log.snoozes[c.id] = at(9).getTime();
    });
    await reconcileAlarms(at(8));
    const taken = await removeAll();
    await reconcileAlarms(at(8));
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([ALARMS.newDay]);
    // A restore of the same ids brings nothing back that was put off before the deletion.
    await replaceAll(taken.data);
    await reconcileAlarms(at(8));
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(
      [alarmName(c.id), ALARMS.newDay].sort(),
    );
  });

  it('keeps right alarms, moves changed ones and removes stale ones', async () => {
    const c = await plan({ kind: 'time', at: '13:00', days: weekdays });
    await fakeBrowser.alarms.create('cue:gone', { when: at(10).getTime() });
    await fakeBrowser.alarms.create('someone-else', { when: at(10).getTime() });
    await reconcileAlarms(at(8));
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await reconcileAlarms(at(8));
    expect(create).not.toHaveBeenCalled();
    await updateCommitment({ ...c, cue: { kind: 'time', at: '14:30', days: weekdays } });
    await reconcileAlarms(at(8));
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual([alarmName(c.id), ALARMS.newDay, 'someone-else'].sort());
    expect((await fakeBrowser.alarms.get(alarmName(c.id)))?.scheduledTime).toBe(
      at(14, 30).getTime(),
    );
    await updateCommitment({
      ...c,
      cue: { kind: 'time', at: '14:30', days: weekdays },
      status: 'paused',
    });
    await reconcileAlarms(at(8));
    expect(await fakeBrowser.alarms.get(alarmName(c.id))).toBeUndefined();
  });
});

describe('reminders', () => {
  it('states the plan with Done and Smaller step, once per occurrence', async () => {
    const c = await plan({ kind: 'time', at: '13:00', days: weekdays });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(at(13));
    await handleAlarm(alarmName(c.id), at(13));
    await handleAlarm(alarmName(c.id), at(13, 0));
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0] as unknown as [string, any];
    expect(parseNotificationId(id)).toMatchObject({ mode: 'step', commitmentId: c.id });
    expect(options.message).toContain('walk for ten minutes — for Health');
    expect(options.buttons).toEqual([{ title: 'Done' }, { title: 'Smaller step' }]);
    // The next alarm is tomorrow's.
    expect((await fakeBrowser.alarms.get(alarmName(c.id)))?.scheduledTime).toBe(
      at(13, 0, 24).getTime(),
    );
  });

  it('after sleeping through the day gives one catch-up, and none once the day has passed', async () => {
    const c = await plan({ kind: 'time', at: '09:00', days: [0, 1, 2, 3, 4, 5, 6] });
    await addCommitment({ ...c, cue: { kind: 'time', at: '10:00', days: [1] } });
    expect(await remindDue(at(18))).toBe(2);
    expect(await remindDue(at(19))).toBe(0);
    // Asleep from Monday evening until Wednesday noon: Tuesday's is gone, Wednesday's comes once.
    expect(await remindDue(at(12, 0, 25))).toBe(1);
  });

  it('respects quiet hours, the daily cap and reminders off', async () => {
    await plan({ kind: 'time', at: '06:00', days: weekdays });
    expect(await remindDue(at(6, 30))).toBe(0);
    await setSettings({ quietHours: null, maxRemindersPerDay: 1 });
    await plan({ kind: 'time', at: '12:00', days: weekdays });
    await plan({ kind: 'time', at: '12:05', days: weekdays });
    expect(await remindDue(at(12, 10))).toBe(1);
    await setSettings({ remindersOn: false, maxRemindersPerDay: 9 });
    await plan({ kind: 'time', at: '12:20', days: weekdays });
    expect(await remindDue(at(12, 30))).toBe(0);
  });

  it('does not remind for a step already done today', async () => {
    const c = await plan({ kind: 'time', at: '13:00', days: weekdays });
    await addEntry({
      kind: 'win',
      source: 'popup',
      commitmentId: c.id,
      size: 'full',
      at: at(9).getTime(),
    });
    expect(await remindDue(at(13))).toBe(0);
  });
});

describe('answering a reminder', () => {
  async function remindNow() {
    const c = await plan({ kind: 'time', at: '13:00', days: weekdays });
    vi.setSystemTime(at(13));
    await remindDue(at(13));
    const [id] = await shown();
    return { c, id };
  }

  it('Done logs a win from the notification and says something warm', async () => {
    const { c, id } = await remindNow();
    const entry = await handleNotificationButton(id, 0, at(13, 1));
    expect(entry).toMatchObject({
      kind: 'win',
      source: 'notification',
      commitmentId: c.id,
      size: 'full',
    });
    const ids = await shown();
    expect(ids.map((i) => parseNotificationId(i)?.mode)).toEqual(['reply']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('Done on a reminder for a step already done today stores nothing and says so (issue 20)', async () => {
    const { c, id } = await remindNow();
    await addStepWin({
      kind: 'win',
      source: 'popup',
      commitmentId: c.id,
      valueId: c.valueId,
      size: 'full',
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await handleNotificationButton(id, 0, at(13, 1))).toBeNull();
    expect(await entriesForDay('2026-11-23')).toHaveLength(1);
    const reply = create.mock.calls[0][1] as unknown as { message: string; buttons?: unknown };
    expect(reply.message).toMatch(/Already done today/);
    expect(reply.buttons).toBeUndefined();
  });

  it('Smaller step swaps in the smaller step; its Done logs a smaller win', async () => {
    const { c, id } = await remindNow();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await handleNotificationButton(id, 1, at(13, 1))).toBeNull();
    const [smallerId, options] = create.mock.calls[0] as unknown as [string, any];
    expect(parseNotificationId(smallerId)?.mode).toBe('smaller');
    expect(options.message).toContain('Put on my shoes');
    expect(options.buttons).toEqual([{ title: 'Done' }, { title: 'Not today' }]);
    const win = await handleNotificationButton(smallerId, 0, at(13, 2));
    expect(win).toMatchObject({ kind: 'win', size: 'smaller', commitmentId: c.id });
  });

  it('Not today logs a skip as information and is never nagged again that day', async () => {
    const { c, id } = await remindNow();
    await handleNotificationButton(id, 1, at(13, 1));
    const smallerId = (await shown()).find((i) => parseNotificationId(i)?.mode === 'smaller') ?? '';
    const skip = await handleNotificationButton(smallerId, 1, at(13, 2));
    expect(skip).toMatchObject({ kind: 'skip', reason: 'not-today', commitmentId: c.id });
    await updateCommitment({ ...c, cue: { kind: 'time', at: '15:00', days: weekdays } });
    expect(await remindDue(at(15, 1))).toBe(0);
    expect((await entriesForDay('2026-11-23')).map((e) => e.kind)).toEqual(['skip']);
  });

  it('a click on the body opens the step in a tab, where every action is available', async () => {
    const { c, id } = await remindNow();
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleNotificationClick(id);
    expect(open).toHaveBeenCalledWith({
      url: `chrome-extension://test-extension-id/newtab.html?step=${c.id}`,
    });
    expect(await shown()).toEqual([]);
  });

  it('ignores notifications that are not ours', async () => {
    expect(parseNotificationId('other|step|x|y')).toBeNull();
    expect(await handleNotificationButton('nope', 0)).toBeNull();
    expect(notificationId('step', 'a|b', '1')).not.toBe(notificationId('step', 'a', 'b|1'));
  });
});

describe('browser-event cues', () => {
  it('browser start reminds once that day', async () => {
    await plan({ kind: 'browser-start' });
    await handleBrowserStart(at(9));
    await handleBrowserStart(at(11));
    expect(await shown()).toHaveLength(1);
    await fakeBrowser.notifications.clear((await shown())[0]);
    await handleBrowserStart(at(9, 0, 24));
    expect(await shown()).toHaveLength(1);
  });

  it('back at the computer reminds once per long enough return, and not again for hours', async () => {
    const c = await plan({ kind: 'back-at-computer', awayMinutes: 20 });
    await handleIdleState('locked', at(9));
    expect(await getState(STATE_KEYS.awaySince)).toBe(at(9).getTime());
    expect(await handleIdleState('active', at(9, 10))).toBe(0);
    await handleIdleState('locked', at(10));
    expect(await handleIdleState('active', at(10, 30))).toBe(1);
    await handleIdleState('idle', at(11));
    expect(await handleIdleState('active', at(11, 40))).toBe(0);
    const later = new Date(at(10, 30).getTime() + BACK_AGAIN_AFTER_MS + 60_000);
    await handleIdleState('locked', new Date(later.getTime() - 30 * 60_000));
    expect(await handleIdleState('active', later)).toBe(1);
    expect(c.cue.kind).toBe('back-at-computer');
  });
});

it('the badge counts today’s wins calmly and shows nothing at zero', async () => {
  await updateBadge(at(9));
  expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  await addEntry({ kind: 'win', source: 'popup', text: 'Tea', size: 'full', at: at(9).getTime() });
  await addEntry({ kind: 'checkin', source: 'popup', mood: 3, energy: 3, at: at(9).getTime() });
  await updateBadge(at(9));
  expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
});
