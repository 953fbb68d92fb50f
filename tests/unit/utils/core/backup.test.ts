import fc from 'fast-check';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { dataCopy } from '@/utils/copy/options/data';
import { PROBLEMS_SHOWN, toBackup } from '@/utils/core/backup';
import type { BackupInput } from '@/utils/core/backup/schema';
import { readAll } from '@/utils/db/all';
import { addEntry } from '@/utils/db/days';
import { addCommitment, addValue, setSettings } from '@/utils/db/plan';
import {
  exportBackup,
  exportCsv,
  importBackup,
  type ParsedBackupText as ParsedBackup,
  readBackup as parseBackup,
} from '@/utils/doors/backups';
import type { EntryKind } from '@/utils/model/types';

beforeEach(freshDatabase);

/** The example from DESIGN.md, "Public contracts", as a therapist might write it. */
const example = () => ({
  format: 'footholds-backup',
  version: 1,
  exportedAt: '2026-11-23T10:00:00.000Z',
  values: [
    {
      id: 'v1',
      name: 'Connection',
      looksLike: 'I reach out to someone',
      why: 'People keep me steady.',
      createdAt: 1795428000000,
    },
  ],
  commitments: [
    {
      id: 'c1',
      valueId: 'v1',
      step: 'Text one friend',
      smallerStep: 'Open the chat with one friend',
      minutes: 2,
      cue: { kind: 'time', at: '13:00', days: [1, 2, 3, 4, 5] },
      status: 'active',
      createdAt: 1795428000000,
    },
  ],
  entries: [
    {
      id: 'e1',
      kind: 'win',
      at: 1795438800000,
      day: '2026-11-23',
      source: 'popup',
      commitmentId: 'c1',
      valueId: 'v1',
      size: 'full',
    },
    {
      id: 'e2',
      kind: 'win',
      at: 1795442400000,
      day: '2026-11-23',
      source: 'popup',
      valueId: 'v1',
      text: 'Called my sister',
      size: 'full',
    },
    {
      id: 'e3',
      kind: 'skip',
      at: 1795446000000,
      day: '2026-11-23',
      source: 'newtab',
      commitmentId: 'c1',
      reason: 'too-big',
    },
    {
      id: 'e4',
      kind: 'checkin',
      at: 1795449600000,
      day: '2026-11-23',
      source: 'popup',
      mood: 3,
      energy: 2,
      note: 'heavy morning',
    },
  ],
  settings: {},
});

const withoutDate = (text: string) => ({ ...JSON.parse(text), exportedAt: undefined });

async function seed() {
  const v = await addValue({ name: 'Calm', looksLike: 'I breathe', why: 'It helps me think.' });
  const c = await addCommitment({
    valueId: v.id,
    step: 'Three slow breaths',
    smallerStep: 'One slow breath',
    minutes: 1,
    cue: { kind: 'anchor', text: 'after my morning coffee', remindAt: '08:30', days: [1, 3] },
  });
  await addEntry({
    kind: 'win',
    source: 'popup',
    commitmentId: c.id,
    stepText: 'One slow breath',
    size: 'smaller',
  });
  await addEntry({ kind: 'checkin', source: 'popup', mood: 2, energy: 4, note: 'ok, "fine"' });
  await setSettings({ quietHours: null });
}

describe('backup files', () => {
  it('imports the documented example exactly, filling in only what it leaves out', async () => {
    const result = await importBackup(JSON.stringify(example()));
    expect(result).toEqual({ ok: true, counts: { values: 1, commitments: 1, entries: 4 } });
    const back = JSON.parse(await exportBackup());
    const { exportedAt: _, ...rest } = example();
    // The defaults: a value is in use, and a win keeps its step's words from the file.
    const [e1, ...others] = rest.entries;
    const expected = {
      ...rest,
      values: rest.values.map((v) => ({ ...v, status: 'active' })),
      entries: [{ ...e1, stepText: 'Text one friend' }, ...others],
      reviews: [],
    };
    expect({ ...back, exportedAt: undefined }).toEqual({ ...expected, exportedAt: undefined });
  });

  it('reads every kind of entry the app can store, so every export imports (checked by tsc)', () => {
    expectTypeOf<BackupInput['entries'][number]['kind']>().toEqualTypeOf<EntryKind>();
  });

  it('round-trips what the app stores: export, import, export is identical', async () => {
    await seed();
    const first = await exportBackup();
    await freshDatabase();
    expect((await importBackup(first)).ok).toBe(true);
    expect(withoutDate(await exportBackup())).toEqual(withoutDate(first));
  });

  // Where, as a person finds it in the file (a step by its number and words), and what is
  // wrong in words: no `commitments[0].cue.at`, no "must", no "milliseconds since 1970".
  it.each([
    [
      (b: any) => (b.commitments[0].cue.at = '1pm'),
      'Step 1 ("Text one friend"): the time should be written like 13:05.',
    ],
    [(b: any) => delete b.values[0].name, 'Value 1: the name is missing.'],
    [
      (b: any) => (b.entries[3].mood = 9),
      'Entry 4 (a check-in from 2026-11-23): the mood should be a whole number from 1 to 5.',
    ],
    [
      (b: any) => (b.entries[1].kind = 'party'),
      'Entry 2 (from 2026-11-23: "Called my sister"): the kind of entry should be win, skip or checkin.',
    ],
    [
      (b: any) => (b.commitments[0].valueId = 'nope'),
      'Step 1 ("Text one friend") is for a value that is not in the file ("nope").',
    ],
    [
      (b: any) => b.values.push({ ...b.values[0] }),
      'Value 2 ("Connection") has the same id as an earlier one ("v1").',
    ],
    [
      (b: any) => (b.version = 2),
      'It is backup version 2, and this Footholds reads version 1. Update Footholds, then try again.',
    ],
    [(b: any) => (b.format = 'other'), 'The file says it is a "other" file.'],
    [(b: any) => (b.entries = {}), 'The entries should be a list in square brackets [ ].'],
    [
      (b: any) => (b.commitments[0].cue = { kind: 'time', at: '07:00', days: [7] }),
      'Step 1 ("Text one friend"): the days should be days of the week as numbers, from 0 for Sunday to 6 for Saturday.',
    ],
    [
      (b: any) => (b.values[0].why = 'x'.repeat(5000)),
      'Value 1 ("Connection"): why it matters can be at most 1000 characters long.',
    ],
    [
      (b: any) => (b.values[0].createdAt = 'last Tuesday'),
      'Value 1 ("Connection"): the date it was made should be a date and time, written as a number like the ones "Export backup" writes.',
    ],
    [
      (b: any) => (b.entries[0].at = -1),
      'Entry 1 (a win from 2026-11-23): the time it happened is a date before 1970.',
    ],
    [
      (b: any) => (b.settings = { quietHours: { start: '22:00' } }),
      'The settings: the end of the quiet hours is missing.',
    ],
  ])('says in plain words what is wrong and where (%#)', async (spoil, message) => {
    await seed();
    const before = await readAll();
    const file = example();
    spoil(file);
    const result = await importBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(message);
    expect(await readAll()).toEqual(before);
  });

  /** The first line the data page shows for a file that was not loaded. */
  const firstLine = (parsed: ParsedBackup) =>
    parsed.ok ? '' : dataCopy.data.backupFile.refused(parsed.refusal, parsed.count);

  it('opens a refusal with one plain line chosen from what went wrong', () => {
    const inside = example() as any;
    delete inside.values[0].name;
    inside.entries[3].mood = 9;
    const one = example() as any;
    one.commitments[0].cue.at = '1pm';
    const cases: [unknown, string][] = [
      ['', 'This file is empty.'],
      [' \n\t', 'This file is empty.'],
      ['{ not json', "This file can't be read as a backup."],
      ['<html><body>Photos</body></html>', "This file can't be read as a backup."],
      ['[1, 2, 3]', "This isn't a Footholds backup file."],
      ['"footholds-backup"', "This isn't a Footholds backup file."],
      ['{}', "This isn't a Footholds backup file."],
      [JSON.stringify({ ...example(), format: 'recipes' }), "This isn't a Footholds backup file."],
      [JSON.stringify({ ...example(), version: 3 }), 'This backup is from a newer Footholds.'],
      [JSON.stringify(one), 'One thing in this backup needs fixing first:'],
      [JSON.stringify(inside), '2 things in this backup need fixing first:'],
    ];
    for (const [input, line] of cases) expect(firstLine(parseBackup(input))).toBe(line);
  });

  it('says what a file that is not a backup is, and how to find the right one', () => {
    const chooseExported =
      'Choose the file that "Export backup" saved. Its name starts with footholds-backup.';
    expect(parseBackup('')).toMatchObject({
      refusal: 'empty',
      problems: ['There is nothing in it to load.', chooseExported],
    });
    expect(parseBackup('{ not json')).toMatchObject({
      refusal: 'not-json',
      problems: [
        'A Footholds backup is a text file in a format called JSON. This file is another kind of file, or only part of one.',
        chooseExported,
      ],
    });
    expect(parseBackup({ ...example(), format: 'recipes' })).toMatchObject({
      refusal: 'not-backup',
      problems: ['The file says it is a "recipes" file.', chooseExported],
    });
    expect(parseBackup({ values: [] })).toMatchObject({
      refusal: 'not-backup',
      problems: ['Nothing in it says that it is a Footholds backup.', chooseExported],
    });
  });

  it('never says a field path, "must" or "milliseconds since 1970", whatever is wrong', () => {
    const values = example() as any;
    values.values[0] = { id: 'v1', name: '', why: 5, status: 'gone', createdAt: 1.5 };
    const steps = example() as any;
    steps.commitments[0] = {
      id: 'c1',
      valueId: 'v1',
      step: 'Walk',
      minutes: -3,
      cue: { kind: 'anchor', text: '', remindAt: '7am', days: [1, 1] },
      pauses: [{ from: 'then' }],
      status: 'sleeping',
      createdAt: 'never',
    };
    const cues = example() as any;
    cues.commitments = [
      { id: 'c1', valueId: 'v1', step: 'Walk', cue: { kind: 'back-at-computer', awayMinutes: 0 } },
      { id: 'c2', valueId: 'v1', step: 'Read', cue: { kind: 'time', at: '7', days: [] } },
      { id: 'c3', valueId: 'v1', step: 'Sing', cue: { kind: 'dance' } },
      { id: 'c4', valueId: 'v9', step: 'Rest', cue: 'later' },
    ];
    const entries = example() as any;
    entries.entries = [
      { id: 'e1', kind: 'win', at: 'noon', day: 'Tuesday', source: 'phone', size: 'huge' },
      { id: 'e2', kind: 'skip', at: 1, reason: 'bored', untimed: false },
    ];
    const more = example() as any;
    more.entries = [
      { id: 'e3', kind: 'checkin', at: 1, mood: 0, energy: 'low', note: 7 },
      { id: 'e4', kind: 'win', at: 1, felt: 6, addedAt: -1, updatedAt: 9e18 },
    ];
    const links = example() as any;
    links.entries = [
      { id: 'e1', kind: 'win', at: 1, commitmentId: 'c9', valueId: 'v9' },
      { id: 'e1', kind: 'skip', at: 1, commitmentId: 'c1' },
    ];
    links.reviews = [
      { weekStart: '2026-11-23', focusCommitmentId: 'c9' },
      { weekStart: '2026-11-23' },
    ];
    const settings = example() as any;
    settings.settings = {
      remindersOn: 'yes',
      maxRemindersPerDay: 99,
      firstDayOfWeek: 8,
      theme: 0,
      quietHours: 'night',
    };
    settings.reviews = [{ weekStart: 'soon', focusCommitmentId: 3 }];
    settings.exportedAt = 5;
    const files = [values, steps, cues, entries, more, links, settings];
    const all = files.flatMap((file) => {
      const parsed = parseBackup(file);
      if (parsed.ok) throw new Error('expected a refusal');
      // Each file is small enough for every one of its problems to be named.
      expect(parsed.count).toBeLessThanOrEqual(PROBLEMS_SHOWN);
      return parsed.problems;
    });
    for (const other of [
      {},
      [],
      { ...example(), version: 9 },
      'x',
      '',
      { ...example(), entries: 3 },
    ]) {
      const parsed = parseBackup(other);
      if (!parsed.ok) all.push(...parsed.problems);
    }
    expect(all.length).toBeGreaterThan(40);
    for (const problem of all) {
      expect(problem).not.toMatch(/\bmust\b|milliseconds|1970\)|\w\[\d+\]|\.(?:cue|at|days)\b/);
      expect(problem).not.toMatch(
        /\b(?:valueId|commitmentId|createdAt|looksLike|smallerStep|stepText|awayMinutes|remindAt|weekStart|focusCommitmentId|maxRemindersPerDay|firstDayOfWeek|quietHours|remindersOn|exportedAt|addedAt|updatedAt)\b|footholds-backup"/,
      );
      // Whole sentences: a capital first, a full stop last.
      expect(problem).toMatch(/^[A-Z].*\.$/s);
    }
  });

  it('accepts a hand-written file with optional fields and settings left out', () => {
    const file: any = example();
    delete file.settings;
    delete file.exportedAt;
    delete file.entries[0].size;
    const parsed = parseBackup(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.entries[0]).toMatchObject({ size: 'full' });
  });

  it('takes a short hand-written file: only ids, names, steps, cues, times and what each entry is', () => {
    const at = new Date(2026, 10, 23, 9, 30).getTime();
    const result = parseBackup(
      {
        format: 'footholds-backup',
        version: 1,
        values: [{ id: 'v1', name: 'Connection' }],
        commitments: [
          {
            id: 'c1',
            valueId: 'v1',
            step: 'Walk for ten minutes',
            cue: { kind: 'first-tab' },
          },
          { id: 'c2', valueId: 'v1', step: 'Text one friend', cue: { kind: 'browser-start' } },
        ],
        entries: [
          { id: 'e1', kind: 'win', at, commitmentId: 'c1' },
          { id: 'e2', kind: 'win', at: at + 1000, text: 'Called my sister' },
          { id: 'e3', kind: 'checkin', at: at + 2000, mood: 3, energy: 2 },
          { id: 'e4', kind: 'skip', at: at + 3000, commitmentId: 'c2' },
        ],
      },
      new Date(2026, 11, 1),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [value] = result.data.values;
    const [walk, text] = result.data.commitments;
    // A value is in use, with empty texts, made when the first thing refers to it.
    expect(value).toEqual({
      id: 'v1',
      name: 'Connection',
      looksLike: '',
      why: '',
      status: 'active',
      createdAt: at,
    });
    // Minutes come from the step's words, else 5; created at its first entry, else at import.
    expect(walk).toMatchObject({ smallerStep: '', minutes: 10, status: 'active', createdAt: at });
    expect(text).toMatchObject({ minutes: 5, createdAt: at + 3000 });
    const [win, free, checkin] = result.data.entries;
    // The day comes from the time, here; the source is the options page; a win keeps its words.
    expect(win).toMatchObject({
      day: '2026-11-23',
      source: 'options',
      size: 'full',
      stepText: 'Walk for ten minutes',
    });
    expect(free).not.toHaveProperty('stepText');
    expect(checkin).toMatchObject({ day: '2026-11-23', mood: 3, energy: 2 });
  });

  it('keeps when an entry was corrected, and reads it from an older file’s updatedAt (issue 19)', () => {
    const file: any = example();
    const [e1, e2, e3, e4] = file.entries;
    Object.assign(e1, { updatedAt: 1795440000000, felt: 4 }); // only "How did it feel?"
    Object.assign(e2, { updatedAt: 1795443000000 }); // corrected in History, before correctedAt
    Object.assign(e3, { updatedAt: 1795447000000, reason: 'too-big' }); // only a reason
    Object.assign(e4, { updatedAt: 1795451000000, correctedAt: 1795450000000 });
    const parsed = parseBackup(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [felt, fixed, reason, checkin] = parsed.data.entries;
    expect(felt).not.toHaveProperty('correctedAt');
    expect(fixed).toMatchObject({ correctedAt: 1795443000000 });
    expect(reason).not.toHaveProperty('correctedAt');
    expect(checkin).toMatchObject({ updatedAt: 1795451000000, correctedAt: 1795450000000 });
  });

  it('names every problem a file has, each with its path, ten at most and then how many more', () => {
    const three = example() as any;
    delete three.values[0].name;
    three.commitments[0].cue.at = '1pm';
    three.entries[3].mood = 9;
    const result = parseBackup(three);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'Value 1: the name is missing.',
      'Step 1 ("Text one friend"): the time should be written like 13:05.',
      'Entry 4 (a check-in from 2026-11-23): the mood should be a whole number from 1 to 5.',
    ]);
    const many = example() as any;
    many.entries = Array.from({ length: 14 }, (_, i) => ({ id: `e${i}`, kind: 'win', at: 1 }));
    const lots = parseBackup(many);
    expect(lots.ok).toBe(false);
    if (lots.ok) return;
    expect(lots.problems).toHaveLength(11);
    expect(lots.problems[0]).toBe(
      'Entry 1 (a win) needs the step it is for, or words for what was done.',
    );
    expect(lots.problems[10]).toBe('And 4 more things.');
    expect(lots.count).toBe(14);
  });

  it('never throws and never changes stored data, whatever the input', async () => {
    await seed();
    const before = await readAll();
    const hostile = fc.oneof(
      fc.anything(),
      fc.string({ maxLength: 200 }),
      fc.jsonValue().map((j) => JSON.stringify(j)),
      // A valid file with one part replaced by anything at all.
      fc
        .tuple(
          fc.constantFrom('values', 'commitments', 'entries', 'settings', 'version'),
          fc.anything(),
        )
        .map(([key, junk]) => ({ ...example(), [key]: junk })),
      fc.anything().map((junk) => {
        const file: any = example();
        file.commitments[0].cue = junk;
        file.entries[2] = junk;
        return file;
      }),
      fc.constant(
        JSON.parse('{"format":"footholds-backup","version":1,"__proto__":{"values":[]}}'),
      ),
      fc.constant(
        `{"format":"footholds-backup","version":1,"values":[],"commitments":[],"entries":[],"settings":{"__proto__":{"theme":"dark"}}}`,
      ),
      fc.constant({
        ...example(),
        values: [{ ...example().values[0], name: 'x'.repeat(100_000) }],
      }),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const parsed = parseBackup(input);
        if (parsed.ok) return; // A valid file may import; the rest must change nothing.
        const result = await importBackup(input);
        expect(result.ok).toBe(false);
        expect(typeof (result as { error: string }).error).toBe('string');
        // Whatever it was, the refusal opens with one of the plain first lines.
        expect(firstLine(parsed)).toMatch(/^(This|One|\d+ things)/);
      }),
      { numRuns: 300 },
    );
    expect(await readAll()).toEqual(before);
  });

  it('exports entries as CSV with names filled in and formulas defused', async () => {
    const v = await addValue({ name: 'Play', looksLike: 'I play', why: 'Joy, "too".' });
    await addEntry({ kind: 'win', source: 'popup', valueId: v.id, text: '=SUM(A1)', size: 'full' });
    const csv = await exportCsv();
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe(
      'date,time,kind,value,step,size,reason,mood,energy,note,source,id,felt,expected',
    );
    expect(row).toContain(",win,Play,'=SUM(A1),full,");
    // Neither number asked: the last two cells are empty.
    expect(row).toMatch(/,,$/);
  });

  it('exports how a win felt and how it was expected to go as the last two CSV columns', async () => {
    const v = await addValue({ name: 'Care', looksLike: '', why: '' });
    await addEntry({
      kind: 'win',
      source: 'popup',
      valueId: v.id,
      text: 'Tea',
      size: 'full',
      felt: 4,
      expected: 2,
    });
    const [, row] = (await exportCsv()).trim().split('\r\n');
    expect(row).toMatch(/,4,2$/);
  });

  it("keeps a win's expected through export and import, and an old file without it imports unchanged", async () => {
    const v = await addValue({ name: 'Care', looksLike: '', why: '' });
    await addEntry({
      kind: 'win',
      source: 'popup',
      valueId: v.id,
      text: 'Tea',
      size: 'full',
      felt: 5,
      expected: 2,
    });
    const file = await exportBackup();
    expect(JSON.parse(file).entries[0]).toMatchObject({ felt: 5, expected: 2 });
    expect((await importBackup(file)).ok).toBe(true);
    expect((await readAll()).entries[0]).toMatchObject({ felt: 5, expected: 2 });
    const old = JSON.parse(file);
    delete old.entries[0].expected;
    expect((await importBackup(JSON.stringify(old))).ok).toBe(true);
    expect((await readAll()).entries[0]).not.toHaveProperty('expected');
    const wrong = JSON.parse(file);
    wrong.entries[0].expected = 6;
    expect(parseBackup(JSON.stringify(wrong)).ok).toBe(false);
  });
});

// Issue 20, fault 4: a file that imports must export to a file that imports.
describe('times and days a backup can hold', () => {
  /** The latest time a backup holds: 9999-12-31T00:00Z, a four-digit year in every time zone. */
  const LATEST = 253_402_214_400_000;
  const oneWin = (win: Record<string, unknown>) => ({
    format: 'footholds-backup',
    version: 1,
    entries: [{ id: 'e1', kind: 'win', text: 'Called my sister', ...win }],
  });
  const refusal = (file: unknown) => {
    const parsed = parseBackup(file);
    return parsed.ok ? 'accepted' : parsed.problems;
  };

  it('refuses a time past the end of year 9999 in plain words, and takes the last one that fits', () => {
    // The derived day of this one was "275760-09-12", which the day rule itself refuses.
    expect(refusal(oneWin({ at: 8_640_000_000_000_000 }))).toEqual([
      'Entry 1 (a win: "Called my sister"): the time it happened is a date too far in the future.',
    ]);
    expect(refusal(oneWin({ at: LATEST + 1 }))).toEqual([
      'Entry 1 (a win: "Called my sister"): the time it happened is a date too far in the future.',
    ]);
    const file = example() as any;
    file.values[0].createdAt = LATEST + 1;
    file.entries[0].updatedAt = LATEST + 1;
    file.entries[1].correctedAt = 1e300;
    expect(refusal(file)).toEqual([
      'Value 1 ("Connection"): the date it was made is a date too far in the future.',
      'Entry 1 (a win from 2026-11-23): the date it was last changed is a date too far in the future.',
      'Entry 2 (a win from 2026-11-23: "Called my sister"): the date it was last corrected is a date too far in the future.',
    ]);
    // The last time that fits gets a day with four digits for its year, and it re-imports.
    const parsed = parseBackup(oneWin({ at: LATEST }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.entries[0].day).toMatch(/^9999-12-3[01]$/);
    const again = parseBackup(JSON.stringify(toBackup(parsed.data, new Date())));
    expect(again).toEqual(parsed);
  });

  it('refuses a day the calendar does not have, and takes every day it has', () => {
    expect(refusal(oneWin({ at: 1, day: '2026-02-31' }))).toEqual([
      'Entry 1 (a win: "Called my sister"): the day is 2026-02-31, a day the calendar does not have.',
    ]);
    for (const day of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-06-31', '2026-11-31']) {
      expect(refusal(oneWin({ at: 1, day }))).toEqual([
        `Entry 1 (a win: "Called my sister"): the day is ${day}, a day the calendar does not have.`,
      ]);
    }
    for (const day of ['2028-02-29', '2000-02-29', '2026-01-31', '2026-12-31', '1969-12-31']) {
      expect(refusal(oneWin({ at: 1, day }))).toBe('accepted');
    }
    const file = example() as any;
    file.reviews = [{ weekStart: '2026-09-31' }];
    expect(refusal(file)).toEqual([
      'Weekly review 1: the week is 2026-09-31, a day the calendar does not have.',
    ]);
  });

  it('gives every time a day with a four-digit year in the furthest time zones', () => {
    const zone = process.env.TZ;
    try {
      // UTC+14 and UTC-12: the days of the first and the last time a backup can hold.
      const zones: [string, string, string][] = [
        ['Etc/GMT-14', '1970-01-01', '9999-12-31'],
        ['Etc/GMT+12', '1969-12-31', '9999-12-30'],
        ['UTC', '1970-01-01', '9999-12-31'],
      ];
      for (const [tz, first, last] of zones) {
        process.env.TZ = tz;
        for (const [at, day] of [
          [0, first],
          [LATEST, last],
        ] as const) {
          const parsed = parseBackup(oneWin({ at }));
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) continue;
          expect(parsed.data.entries[0].day).toBe(day);
          expect(parseBackup(JSON.stringify(toBackup(parsed.data, new Date())))).toEqual(parsed);
        }
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
