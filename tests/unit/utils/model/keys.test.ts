/**
 * Reminder alarm names (utils/model/keys.ts): `cue:<id>` for a cue's first time and
 * `cue:<id>@HH:MM` for each more time, and the commitment id read back from either.
 */
import { describe, expect, it } from 'vitest';
import {
  ALARM_PREFIX,
  ALARMS,
  alarmName,
  commitmentIdOfAlarm,
  LATER_PREFIX,
} from '@/utils/model/keys';

describe('reminder alarm names', () => {
  it('names the first time cue:<id> and each more time cue:<id>@HH:MM', () => {
    expect(alarmName('c1')).toBe('cue:c1');
    expect(alarmName('c1', '15:00')).toBe('cue:c1@15:00');
    expect(alarmName('c1', '09:05')).toBe('cue:c1@09:05');
    expect(alarmName('c1').startsWith(ALARM_PREFIX)).toBe(true);
  });

  it('reads the commitment id back from every time of a step', () => {
    expect(commitmentIdOfAlarm(alarmName('c1'))).toBe('c1');
    expect(commitmentIdOfAlarm(alarmName('c1', '15:00'))).toBe('c1');
    expect(commitmentIdOfAlarm(alarmName('c1', '23:59'))).toBe('c1');
    expect(commitmentIdOfAlarm(alarmName('c1', '00:00'))).toBe('c1');
  });

  it('keeps an id with its own @ or colon whole, stripping only a real clock time at the end', () => {
    expect(commitmentIdOfAlarm(alarmName('a@b'))).toBe('a@b');
    expect(commitmentIdOfAlarm(alarmName('a@b', '07:30'))).toBe('a@b');
    expect(commitmentIdOfAlarm('cue:x@24:00')).toBe('x@24:00');
    expect(commitmentIdOfAlarm('cue:x@9:00')).toBe('x@9:00');
  });

  it('is null for alarms that are not reminders', () => {
    for (const name of [...Object.values(ALARMS), `${LATER_PREFIX}c1`, 'sync-write', 'c1@15:00']) {
      expect(commitmentIdOfAlarm(name), name).toBeNull();
    }
  });
});
