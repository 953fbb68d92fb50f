import { describe, expect, it } from 'vitest';
import { copy } from '@/utils/copy';
import { draftProblemsText } from '@/utils/copy/options';
import { parseBackup } from '@/utils/core/backup';
import {
  CUE_KINDS,
  type CueForm,
  type CueFormResult,
  cueFormFrom,
  cueFromForm,
  DEFAULT_CUE_FORM,
  toggleDay,
} from '@/utils/core/drafts/cueForm';
import type { Cue } from '@/utils/model/types';

/** A read form with its problems in the words module's sentences (core gives codes). */
const said = (read: CueFormResult) =>
  read.ok ? read : { ok: false, problems: draftProblemsText(read.problems) };

import { WEEKDAYS } from '@/utils/model/weekdays';

const form = (patch: Partial<CueForm>): CueForm => ({ ...cueFormFrom(), ...patch });

/** Whether the backup file's own checks accept a cue (the form must never write one they refuse). */
function backupAccepts(cue: Cue): boolean {
  return parseBackup({
    format: 'footholds-backup',
    version: 1,
    values: [{ id: 'v', name: 'Health', looksLike: '', why: '', createdAt: 0 }],
    commitments: [
      {
        id: 'c',
        valueId: 'v',
        step: 'Walk',
        smallerStep: '',
        minutes: 5,
        cue,
        status: 'active',
        createdAt: 0,
      },
    ],
    entries: [],
  }).ok;
}

describe('cueFromForm', () => {
  it('reads each of the five kinds', () => {
    expect(cueFromForm(form({ kind: 'time', at: '13:00', days: [5, 1, 3] }))).toEqual({
      ok: true,
      cue: { kind: 'time', at: '13:00', days: [1, 3, 5] },
    });
    expect(cueFromForm(form({ kind: 'browser-start' }))).toEqual({
      ok: true,
      cue: { kind: 'browser-start' },
    });
    expect(cueFromForm(form({ kind: 'back-at-computer', awayMinutes: ' 45 ' }))).toEqual({
      ok: true,
      cue: { kind: 'back-at-computer', awayMinutes: 45 },
    });
    expect(cueFromForm(form({ kind: 'first-tab' }))).toEqual({
      ok: true,
      cue: { kind: 'first-tab' },
    });
    expect(
      cueFromForm(form({ kind: 'anchor', anchorText: '  after my   morning coffee ' })),
    ).toEqual({ ok: true, cue: { kind: 'anchor', text: 'after my morning coffee' } });
  });

  it('keeps an anchor reminder, leaving days out when every day is chosen', () => {
    expect(
      cueFromForm(
        form({ kind: 'anchor', anchorText: 'after lunch', remind: true, remindAt: '12:30' }),
      ),
    ).toEqual({ ok: true, cue: { kind: 'anchor', text: 'after lunch', remindAt: '12:30' } });
    expect(
      cueFromForm(
        form({
          kind: 'anchor',
          anchorText: 'after lunch',
          remind: true,
          remindAt: '12:30',
          remindDays: [6, 0],
        }),
      ),
    ).toEqual({
      ok: true,
      cue: { kind: 'anchor', text: 'after lunch', remindAt: '12:30', days: [0, 6] },
    });
  });

  it('says which field needs a look, in the words module’s words', () => {
    expect(said(cueFromForm(form({ kind: 'time', at: '', days: [] })))).toEqual({
      ok: false,
      problems: { at: copy.options.cue.needTime, days: copy.options.cue.needDays },
    });
    expect(said(cueFromForm(form({ kind: 'time', at: '24:00' })))).toMatchObject({
      ok: false,
      problems: { at: copy.options.cue.needTime },
    });
    for (const away of ['', '0', '1441', '2.5', 'ten', '-3']) {
      expect(
        said(cueFromForm(form({ kind: 'back-at-computer', awayMinutes: away }))),
        away,
      ).toEqual({
        ok: false,
        problems: { awayMinutes: copy.options.cue.needAway },
      });
    }
    expect(said(cueFromForm(form({ kind: 'anchor', anchorText: '   ' })))).toEqual({
      ok: false,
      problems: { anchorText: copy.options.cue.needAnchor },
    });
    expect(
      said(
        cueFromForm(
          form({ kind: 'anchor', anchorText: 'x', remind: true, remindAt: '', remindDays: [] }),
        ),
      ),
    ).toEqual({
      ok: false,
      problems: { remindAt: copy.options.cue.needTime, remindDays: copy.options.cue.needDays },
    });
  });

  it('reads only the chosen kind, so a half-filled other kind never holds it back', () => {
    expect(cueFromForm(form({ kind: 'first-tab', at: '', days: [], anchorText: '' })).ok).toBe(
      true,
    );
  });

  it('never writes a cue the backup file would refuse', () => {
    const forms: CueForm[] = [
      DEFAULT_CUE_FORM,
      form({ kind: 'time', at: '00:00', days: [0] }),
      form({ kind: 'back-at-computer', awayMinutes: '1' }),
      form({ kind: 'back-at-computer', awayMinutes: '1440' }),
      form({ kind: 'anchor', anchorText: 'after tea', remind: true, remindDays: [2] }),
      ...CUE_KINDS.map((kind) => form({ kind, anchorText: 'after tea' })),
    ];
    for (const f of forms) {
      const read = cueFromForm(f);
      expect(read.ok, JSON.stringify(f)).toBe(true);
      if (read.ok) expect(backupAccepts(read.cue), JSON.stringify(read.cue)).toBe(true);
    }
  });
});

describe('cueFormFrom', () => {
  it('starts a new cue at 09:00 on every day', () => {
    expect(cueFormFrom()).toEqual({ ...DEFAULT_CUE_FORM, days: [...WEEKDAYS] });
    // The default is a fresh copy each time: editing one form never changes the next.
    const a = cueFormFrom();
    a.days.pop();
    expect(cueFormFrom().days).toHaveLength(7);
  });

  it('round-trips every kind of stored cue', () => {
    const cues: Cue[] = [
      { kind: 'time', at: '07:45', days: [1, 2, 3, 4, 5] },
      { kind: 'browser-start' },
      { kind: 'back-at-computer', awayMinutes: 20 },
      { kind: 'first-tab' },
      { kind: 'anchor', text: 'after I brush my teeth' },
      { kind: 'anchor', text: 'after dinner', remindAt: '19:30' },
      { kind: 'anchor', text: 'after dinner', remindAt: '19:30', days: [0, 6] },
    ];
    for (const cue of cues) expect(cueFromForm(cueFormFrom(cue))).toEqual({ ok: true, cue });
  });
});

describe('toggleDay', () => {
  it('adds and removes a day, sorted, without repeats', () => {
    expect(toggleDay([3, 1], 2, true)).toEqual([1, 2, 3]);
    expect(toggleDay([1, 2, 3], 2, false)).toEqual([1, 3]);
    expect(toggleDay([1, 2], 2, true)).toEqual([1, 2]);
    expect(toggleDay([], 0, false)).toEqual([]);
  });
});
