/** The reminder log's rules: migration from shape 1, the ignore count, a pause's end. */
import { describe, expect, it } from 'vitest';
import {
  answered,
  beforeReminder,
  IGNORED_LIMIT,
  isPaused,
  isStopped,
  keepReminding,
  pauseEnd,
  upgradeReminderLog,
} from '@/utils/core/reminderLog';
import type { Cue } from '@/utils/model/types';

const cue: Cue = { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] };

describe('upgradeReminderLog', () => {
  it('migrates shape 1 (day, sent, lastFired) by keeping what it had', () => {
    const v1 = { day: '2026-11-23', sent: ['c1@1'], lastFired: { c1: 1 } };
    expect(upgradeReminderLog(v1, '2026-11-23')).toEqual({
      v: 2,
      day: '2026-11-23',
      sent: ['c1@1'],
      lastFired: { c1: 1 },
      deferred: {},
      heldBack: 0,
      capSeen: false,
      snoozes: {},
      attention: {},
      pausedUntil: null,
      newtab: false,
    });
  });

  it("starts the day's parts afresh on a new day and keeps the rest", () => {
    const log = upgradeReminderLog(
      {
        v: 2,
        day: '2026-11-23',
        sent: ['a'],
        lastFired: { c1: 1 },
        deferred: { c1: 'a' },
        heldBack: 2,
        capSeen: true,
        snoozes: { c1: 5 },
        attention: { c1: { shown: 4, ignored: 1 } },
        pausedUntil: 9,
        newtab: true,
      },
      '2026-11-24',
    );
    expect(log).toMatchObject({ sent: [], deferred: {}, heldBack: 0, capSeen: false });
    expect(log).toMatchObject({ snoozes: { c1: 5 }, pausedUntil: 9, newtab: true });
    expect(log.attention.c1.shown).toBe(4);
  });

  it('never throws on a damaged record', () => {
    for (const bad of [undefined, null, 3, 'x', [], { sent: 'no', attention: [1] }]) {
      expect(upgradeReminderLog(bad, '2026-11-23').sent).toEqual([]);
    }
  });
});

describe('the ignore count', () => {
  /** Reminders that all come and go unanswered, one an hour. */
  function ignoredRun(times: number) {
    let a: ReturnType<typeof beforeReminder>['next'] | undefined;
    const shows: boolean[] = [];
    for (let i = 0; i < times; i++) {
      const step = beforeReminder(a, cue, i * 3_600_000, false);
      a = step.next;
      shows.push(step.show);
    }
    return { a, shows };
  }

  it('three ignored in a row stop the cue: the fourth does not come', () => {
    const { a, shows } = ignoredRun(IGNORED_LIMIT + 2);
    expect(shows).toEqual([true, true, true, false, false]);
    expect(isStopped(a, cue)).toBe(true);
    // Another time is another cue: it reminds again.
    expect(isStopped(a, { ...cue, at: '15:00' })).toBe(false);
    expect(beforeReminder(a, { ...cue, at: '15:00' }, 1, false).show).toBe(true);
  });

  it('an entry for the step before the next reminder, or any action on one, resets the count', () => {
    let { a } = ignoredRun(3);
    expect(a?.ignored).toBe(2);
    a = beforeReminder(a, cue, 10, true).next;
    expect(a.ignored).toBe(0);
    a = beforeReminder(a, cue, 11, false).next;
    a = beforeReminder(a, cue, 12, false).next;
    expect(a.ignored).toBe(2);
    a = answered(a);
    expect(a).toEqual({ shown: a.shown, ignored: 0 });
    expect(beforeReminder(a, cue, 13, false).next.ignored).toBe(0);
  });

  it('"Keep reminding me" lifts the stop and starts counting again; the words keep rotating', () => {
    const { a } = ignoredRun(4);
    const kept = keepReminding(a);
    expect(isStopped(kept, cue)).toBe(false);
    const next = beforeReminder(kept, cue, 99, false);
    expect(next.show).toBe(true);
    expect(next.next.shown).toBe((a?.shown ?? 0) + 1);
  });
});

describe('a pause', () => {
  it('ends the same clock time a day, three days or a week on, across a DST change', () => {
    const now = new Date(2026, 9, 24, 9, 15);
    expect(pauseEnd(now, 1)).toEqual(new Date(2026, 9, 25, 9, 15));
    expect(pauseEnd(now, 7)).toEqual(new Date(2026, 9, 31, 9, 15));
    expect(isPaused({ pausedUntil: pauseEnd(now, 3).getTime() }, now.getTime())).toBe(true);
    expect(isPaused({ pausedUntil: now.getTime() }, now.getTime())).toBe(false);
    expect(isPaused({ pausedUntil: null }, now.getTime())).toBe(false);
  });
});
