/**
 * The cue editor's more times (issue 28): read into `alsoAt` sorted and distinct, left out when
 * there are none, a row with no time or a time named twice said as a code, and a new row's time.
 */
import { describe, expect, it } from 'vitest';
import { draftProblemText } from '@/utils/copy/options';
import { parseBackup } from '@/utils/core/backup';
import {
  type CueForm,
  cueFormFrom,
  cueFromForm,
  moreTimeProblems,
  nextFreeTime,
} from '@/utils/core/drafts/cueForm';
import type { TimeCue } from '@/utils/model/types';

const form = (at: string, alsoAt: string[]): CueForm => ({
  ...cueFormFrom({ kind: 'time', at, days: [1, 3, 5] }),
  alsoAt,
});

describe('more times in the cue form', () => {
  it('saves them sorted, and a cue with one time as it always was', () => {
    expect(cueFromForm(form('09:00', ['17:00', ' 12:30 ']))).toEqual({
      ok: true,
      cue: { kind: 'time', at: '09:00', days: [1, 3, 5], alsoAt: ['12:30', '17:00'] },
    });
    const one = cueFromForm(form('09:00', []));
    expect(one.ok && one.cue).toEqual({ kind: 'time', at: '09:00', days: [1, 3, 5] });
  });

  it('reads a stored cue back into rows, and what it saves imports from a backup', () => {
    const cue: TimeCue = { kind: 'time', at: '08:00', days: [1], alsoAt: ['12:00', '18:00'] };
    expect(cueFormFrom(cue).alsoAt).toEqual(['12:00', '18:00']);
    const read = cueFromForm(cueFormFrom(cue));
    expect(read).toEqual({ ok: true, cue });
    const file = {
      format: 'footholds-backup',
      version: 1,
      values: [{ id: 'v', name: 'Health', createdAt: 1 }],
      commitments: [{ id: 'c', valueId: 'v', step: 'Walk', cue, createdAt: 1 }],
    };
    expect(parseBackup(file).ok).toBe(true);
  });

  it('says a time named twice, or the first time again, and a row with no time', () => {
    expect(moreTimeProblems('09:00', ['09:00', '15:00', '15:00', ''])).toEqual([
      'time-twice',
      undefined,
      'time-twice',
      'need-time',
    ]);
    expect(cueFromForm(form('09:00', ['15:00', '15:00']))).toEqual({
      ok: false,
      problems: { alsoAt: 'time-twice' },
    });
    expect(cueFromForm(form('09:00', ['']))).toEqual({
      ok: false,
      problems: { alsoAt: 'need-time' },
    });
    expect(draftProblemText('time-twice')).toMatch(/already/);
  });

  it('is not read for a cue of another kind', () => {
    const other = { ...form('09:00', ['09:00']), kind: 'first-tab' as const };
    expect(cueFromForm(other)).toEqual({ ok: true, cue: { kind: 'first-tab' } });
  });

  it('starts a new row three hours after the latest time, on a free hour', () => {
    expect(nextFreeTime('09:00', [])).toBe('12:00');
    expect(nextFreeTime('09:00', ['12:00'])).toBe('15:00');
    expect(nextFreeTime('22:30', [])).toBe('01:00');
    expect(nextFreeTime('10:00', ['07:00', '13:00'])).toBe('16:00');
    expect(nextFreeTime('', [])).toBe('09:00');
    expect(nextFreeTime('21:00', ['00:00'])).toBe('01:00');
  });
});
