/**
 * A time cue's more times (`alsoAt`, issue 28) in a backup file: optional within version 1, so a
 * file without them imports unchanged; kept through an export and an import; sorted on import;
 * a time named twice, or the first time again, refused and said plainly.
 */
import { describe, expect, it } from 'vitest';
import { backupProblemText } from '@/utils/copy/options/backupProblems';
import { parseBackup, toBackup } from '@/utils/core/backup';

const file = (cue: Record<string, unknown>) => ({
  format: 'footholds-backup',
  version: 1,
  values: [{ id: 'v1', name: 'Health', createdAt: 1795428000000 }],
  commitments: [
    { id: 'c1', valueId: 'v1', step: 'Drink a glass of water', cue, createdAt: 1795428000000 },
  ],
});
const timeCue = (alsoAt?: unknown) => ({
  kind: 'time',
  at: '09:00',
  days: [1, 2, 3, 4, 5],
  ...(alsoAt === undefined ? {} : { alsoAt }),
});

describe('more times in a backup', () => {
  it('round-trips: export, import, the same times', () => {
    const read = parseBackup(file(timeCue(['12:00', '15:00'])));
    if (!read.ok) throw new Error('expected the file to load');
    expect(read.data.commitments[0].cue).toEqual(timeCue(['12:00', '15:00']));
    const again = parseBackup(JSON.parse(JSON.stringify(toBackup(read.data, new Date(0)))));
    if (!again.ok) throw new Error('expected the export to load');
    expect(again.data).toEqual(read.data);
  });

  it('imports unsorted times sorted', () => {
    const read = parseBackup(file(timeCue(['17:30', '08:00', '12:00'])));
    if (!read.ok) throw new Error('expected the file to load');
    expect(read.data.commitments[0].cue).toMatchObject({ alsoAt: ['08:00', '12:00', '17:30'] });
  });

  it('imports an older file without them unchanged', () => {
    const read = parseBackup(file(timeCue()));
    if (!read.ok) throw new Error('expected an older file to load');
    expect(read.data.commitments[0].cue).toEqual(timeCue());
    expect(read.data.commitments[0].cue).not.toHaveProperty('alsoAt');
  });

  it('refuses a time twice, or the first time again, and says so plainly', () => {
    for (const alsoAt of [
      ['15:00', '15:00'],
      ['09:00', '15:00'],
    ]) {
      const read = parseBackup(file(timeCue(alsoAt)));
      expect(read.ok, alsoAt.join()).toBe(false);
      if (read.ok) continue;
      expect(backupProblemText(read.problems[0])).toContain('each time only once');
    }
  });

  it('refuses more than three more times, and what is not a clock time', () => {
    for (const alsoAt of [['10:00', '11:00', '12:00', '13:00'], ['9:00'], '15:00', [1500]]) {
      expect(parseBackup(file(timeCue(alsoAt))).ok, JSON.stringify(alsoAt)).toBe(false);
    }
  });
});
