/**
 * The plan for hard days in the backup file (`hardDaysPlan`, optional within version 1): it
 * round-trips (and stays out of the CSV), it is checked with the limits every field shares and its problems are said in
 * plain words (English and Spanish), and files written before it import as they always did.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { setLanguage } from '@/utils/copy/lang/switch';
import { parseBackup, toBackup } from '@/utils/core/backup';
import { readAll } from '@/utils/db/all';
import { addEntry } from '@/utils/db/days';
import { getHardDaysPlan, putHardDaysPlan } from '@/utils/db/hardDays';
import { addCommitment, addValue } from '@/utils/db/plan';
import { exportBackup, exportCsv, importBackup, readBackup } from '@/utils/doors/backups';
import { emptyHardDaysPlan, type HardDaysPlan } from '@/utils/model/hardDays';
import { LIMITS } from '@/utils/model/limits';

beforeEach(freshDatabase);

const NOW = new Date('2026-12-07T10:00:00Z');

/** A plan as the contract documents it, naming the step `c1`. */
const documented = (): HardDaysPlan => ({
  signs: ['I stop answering messages'],
  onMyOwn: ['Make a cup of tea', 'Stand by the open window'],
  distractions: ['The park by the river'],
  people: [{ name: 'Sam', reach: '+44 20 7946 0018' }],
  professionals: [{ name: 'Dr Lee', reach: '020 7946 0999' }],
  saferSurroundings: ['Leave the car keys with Sam'],
  routineStepId: 'c1',
  updatedAt: 1796040000000,
});

/** A version 1 file with a value and a step, and whatever else is given. */
const file = (more: Record<string, unknown> = {}) => ({
  format: 'footholds-backup',
  version: 1,
  values: [{ id: 'v1', name: 'Rest' }],
  commitments: [{ id: 'c1', valueId: 'v1', step: 'Lie down', cue: { kind: 'first-tab' } }],
  entries: [],
  ...more,
});

/** The plain lines, after the first, a file with this plan is refused with. */
function problemsWith(plan: unknown): string[] {
  const read = readBackup(file({ hardDaysPlan: plan }));
  if (read.ok) throw new Error('It was taken.');
  return read.problems;
}

describe('the plan for hard days in a backup', () => {
  it('round-trips: exported as stored, imported over other data, exported the same', async () => {
    const v = await addValue({ name: 'Rest', looksLike: '', why: '' });
    const c = await addCommitment({
      valueId: v.id,
      step: 'Lie down for five minutes',
      smallerStep: '',
      minutes: 5,
      cue: { kind: 'first-tab' },
    });
    const kept = await putHardDaysPlan({ ...documented(), routineStepId: c.id });
    const text = await exportBackup(NOW);
    expect(JSON.parse(text).hardDaysPlan).toEqual(kept);
    await putHardDaysPlan({ ...emptyHardDaysPlan(5), signs: ['Something else'] });
    expect(await importBackup(text)).toMatchObject({ ok: true });
    expect(await getHardDaysPlan()).toEqual(kept);
    expect(JSON.parse(await exportBackup(NOW))).toEqual(JSON.parse(text));
  });

  it('is left out of the CSV of the log', async () => {
    await putHardDaysPlan({ ...documented(), routineStepId: undefined });
    await addEntry({ kind: 'checkin', source: 'popup', mood: 2, energy: 2, note: 'slow day' });
    const csv = await exportCsv();
    expect(csv).toContain('slow day');
    for (const words of ['answering messages', 'Sam', 'Dr Lee', 'car keys', '7946']) {
      expect(csv).not.toContain(words);
    }
  });

  it('writes no plan when there is none, and a file without one reads as none', () => {
    const data = { values: [], commitments: [], entries: [], settings: {} };
    expect(toBackup(data, NOW)).not.toHaveProperty('hardDaysPlan');
    const read = parseBackup(file(), NOW);
    expect(read.ok && read.data).not.toHaveProperty('hardDaysPlan');
  });

  it('imports a file written before the plan existed as it always did, and it replaces a stored plan', async () => {
    await putHardDaysPlan({ ...emptyHardDaysPlan(1), signs: ['Tired'] });
    const older = file({ settings: { theme: 'dark' }, reviews: [{ weekStart: '2026-11-23' }] });
    expect(await importBackup(JSON.stringify(older))).toEqual({
      ok: true,
      counts: { values: 1, commitments: 1, entries: 0 },
    });
    const all = await readAll();
    expect(all.settings).toEqual({ theme: 'dark' });
    expect(all.reviews).toEqual([{ weekStart: '2026-11-23' }]);
    // An import replaces everything, as it does the weekly reviews: no plan in the file, none kept.
    expect(all).not.toHaveProperty('hardDaysPlan');
  });

  it('takes a short hand-written plan: parts left out are empty, words tidied, the date filled in', () => {
    const read = parseBackup(
      file({ hardDaysPlan: { signs: ['  Tired  ', ''], people: [{ name: 'Sam' }, {}] } }),
      NOW,
    );
    expect(read.ok && read.data.hardDaysPlan).toEqual({
      ...emptyHardDaysPlan(NOW.getTime()),
      signs: ['Tired'],
      people: [{ name: 'Sam', reach: '' }],
    });
  });

  it('lets go of a routine step that is not in the file, and reads an empty plan as none', () => {
    const dangling = parseBackup(
      file({ hardDaysPlan: { ...documented(), routineStepId: 'c9' } }),
      NOW,
    );
    const { routineStepId: _, ...rest } = documented();
    expect(dangling.ok && dangling.data.hardDaysPlan).toEqual(rest);
    const onlyStep = parseBackup(file({ hardDaysPlan: { routineStepId: 'c9' } }), NOW);
    expect(onlyStep.ok && onlyStep.data).not.toHaveProperty('hardDaysPlan');
    const empty = parseBackup(file({ hardDaysPlan: { signs: [' '], updatedAt: 1 } }), NOW);
    expect(empty.ok && empty.data).not.toHaveProperty('hardDaysPlan');
  });

  it('holds each line and contact to the limits every field shares', () => {
    const line = 'a'.repeat(LIMITS.sentence);
    const name = 'n'.repeat(LIMITS.name);
    const fits = parseBackup(
      file({ hardDaysPlan: { signs: [line], people: [{ name, reach: line }] } }),
      NOW,
    );
    expect(fits.ok).toBe(true);
    expect(problemsWith({ signs: [`${line}a`] })).toEqual([
      'The plan for hard days: a line of "Signs a hard day is coming" can be at most 1000 characters long.',
    ]);
    expect(problemsWith({ people: [{ name: `${name}n`, reach: `${line}a` }] })).toEqual([
      'The plan for hard days: the name of someone to ask for help can be at most 200 characters long.',
      'The plan for hard days: how to reach someone to ask for help can be at most 1000 characters long.',
    ]);
  });

  it('says what is wrong with a plan in plain words, never a field path', () => {
    expect(problemsWith('my plan')).toEqual([
      'The plan for hard days should be a group of parts in curly brackets { }.',
    ]);
    expect(
      problemsWith({
        signs: 'tired',
        onMyOwn: [3],
        professionals: ['Dr Lee'],
        saferSurroundings: [null],
        routineStepId: ' ',
        updatedAt: 'today',
      }),
    ).toEqual([
      'The plan for hard days: "Signs a hard day is coming" should be a list in square brackets [ ].',
      'The plan for hard days: a line of "What I can do on my own" should be text, in quotes.',
      'The plan for hard days: someone in "Professional and crisis help" should be a group of parts in curly brackets { }.',
      'The plan for hard days: a line of "Making my surroundings safer" should be text, in quotes.',
      'The plan for hard days: the step of the fail-safe routine is empty.',
      'The plan for hard days: the date it was last changed should be a date and time, written as a number like the ones "Export backup" writes.',
    ]);
  });

  it('says the same in Spanish', async () => {
    await setLanguage('es', 'es-ES');
    try {
      expect(problemsWith({ signs: ['a'.repeat(LIMITS.sentence + 1)], people: 'Sam' })).toEqual([
        'El plan para los días difíciles: una línea de las señales de que llega un día difícil puede tener como máximo 1000 caracteres.',
        'El plan para los días difíciles: la lista de personas a las que puedes pedir ayuda debe ser una lista entre corchetes [ ].',
      ]);
    } finally {
      await setLanguage('en', 'en-US');
    }
  });
});
