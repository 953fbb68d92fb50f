/**
 * The fault suite's hostile files: fast-check writes well over a thousand malformed and
 * hostile backups (wrong types, huge strings and arrays, `__proto__`/`constructor`/`prototype`
 * keys, duplicate ids, dangling references, out-of-range and impossible dates, NaN and Infinity,
 * future versions, deep nesting, text that is not JSON). Each is refused in plain words with no
 * data, or accepted as the contract says, and then it round-trips: export, import gives the same
 * data. Never a throw, never a polluted prototype. The database half checks that a refused import
 * changes nothing and an accepted one replaces everything with exactly what was read.
 */

import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { dataCopy } from '@/utils/copy/options/data';
import { type BackupRefusal, LATEST_TIME, toBackup } from '@/utils/core/backup';
import { readAll } from '@/utils/db/all';
import {
  importBackup,
  type ParsedBackupText as ParsedBackup,
  readBackup as parseBackup,
} from '@/utils/doors/backups';
import type { AllData } from '@/utils/model/types';
import {
  COMMITMENT_STATUSES,
  ENTRY_SOURCES,
  SKIP_REASONS,
  THEMES,
  VALUE_STATUSES,
  WIN_SIZES,
} from '@/utils/model/types';

// ------------------------------------------------------------------------------ what files hold

/**
 * Words a person might write: lower case, spaces, accents, other scripts, an emoji and a lone
 * surrogate, never a capital or a quote, so any camelCase or quote in a refusal is Footholds' own.
 */
const CHARS = [...'abcdefghijklnopqrstuvwxyz0123456789 -,é漢', '🙂', '\ud800', '\u2028'];
const words = (maxLength = 24) =>
  fc
    .string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength })
    .filter((s) => s.trim() !== '');
/** Ids from a small alphabet, so generated junk sometimes hits a real one. */
const idOf = fc.string({ unit: fc.constantFrom(...'abc123'), minLength: 1, maxLength: 4 });
const time = fc.oneof(
  fc.integer({ min: 0, max: LATEST_TIME }),
  fc.constantFrom(0, LATEST_TIME, LATEST_TIME - 1, 1_795_438_800_000),
);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** A day the calendar has, written like 2026-11-23, from year 0 to 9999. */
const calendarDay = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date(LATEST_TIME) })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`)
  .filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s));
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
const weekdays = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });
const oneToFive = fc.integer({ min: 1, max: 5 });

/** An optional field: present or left out. */
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops the keys whose value is undefined, as a file leaves them out. */
function present<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

const cue = fc.oneof(
  fc.record({ kind: fc.constant('time'), at: clock, days: weekdays }),
  fc.constant({ kind: 'browser-start' }),
  fc.record({
    kind: fc.constant('back-at-computer'),
    awayMinutes: fc.integer({ min: 1, max: 1440 }),
  }),
  fc.constant({ kind: 'first-tab' }),
  fc
    .record({
      kind: fc.constant('anchor'),
      text: words(),
      remindAt: opt(clock),
      days: opt(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 })),
    })
    .map(present),
);

/** A copy of a file, to spoil. */
const copyOf = (file: Record<string, any>): Record<string, any> => JSON.parse(JSON.stringify(file));

/** A valid backup, with every optional part sometimes left out, links that hold and unique ids. */
const validFile = fc
  .record({
    valueIds: fc.uniqueArray(idOf, { maxLength: 4 }),
    stepIds: fc.uniqueArray(idOf, { maxLength: 4 }),
    entryIds: fc.uniqueArray(idOf, { maxLength: 8 }),
    weeks: fc.uniqueArray(calendarDay, { maxLength: 3 }),
  })
  .chain(({ valueIds, stepIds, entryIds, weeks }) => {
    const steps = valueIds.length ? stepIds : [];
    const link = (ids: string[]) =>
      ids.length ? opt(fc.constantFrom(...ids)) : fc.constant(undefined);
    const base = {
      id: fc.constant(''),
      at: time,
      day: opt(calendarDay),
      source: opt(fc.constantFrom(...ENTRY_SOURCES)),
      addedAt: opt(time),
      updatedAt: opt(time),
      correctedAt: opt(time),
      untimed: opt(fc.constant(true as const)),
    };
    const entry = fc.oneof(
      fc
        .record({
          ...base,
          kind: fc.constant('win'),
          commitmentId: link(steps),
          valueId: link(valueIds),
          text: opt(fc.oneof(words(), fc.constant(''))),
          stepText: opt(words()),
          size: opt(fc.constantFrom(...WIN_SIZES)),
          felt: opt(oneToFive),
        })
        .map((e) =>
          e.commitmentId === undefined && e.text === undefined ? { ...e, text: 'a walk' } : e,
        ),
      fc.record({
        ...base,
        kind: fc.constant('skip'),
        commitmentId: link(steps),
        valueId: link(valueIds),
        reason: opt(fc.constantFrom(...SKIP_REASONS)),
      }),
      fc.record({
        ...base,
        kind: fc.constant('checkin'),
        mood: oneToFive,
        energy: oneToFive,
        note: opt(words(60)),
      }),
    );
    return fc.record({
      format: fc.constant('footholds-backup'),
      version: fc.constant(1),
      exportedAt: opt(fc.constant('2026-11-23T10:00:00.000Z')),
      values: fc.tuple(
        ...valueIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: words(),
            looksLike: opt(words(60)),
            why: opt(words(60)),
            status: opt(fc.constantFrom(...VALUE_STATUSES)),
            createdAt: opt(time),
          }),
        ),
      ),
      commitments: fc.tuple(
        ...steps.map((id) =>
          fc.record({
            id: fc.constant(id),
            valueId: fc.constantFrom(...valueIds),
            step: words(),
            smallerStep: opt(fc.oneof(words(), fc.constant(''))),
            minutes: opt(fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.constant(2.5))),
            cue,
            status: opt(fc.constantFrom(...COMMITMENT_STATUSES)),
            pauses: opt(
              fc.array(fc.record({ from: time, to: opt(time) }).map(present), { maxLength: 2 }),
            ),
            createdAt: opt(time),
          }),
        ),
      ),
      entries: fc.tuple(...entryIds.map((id) => entry.map((e) => ({ ...e, id })))),
      settings: opt(
        fc
          .record({
            remindersOn: opt(fc.boolean()),
            quietHours: opt(fc.oneof(fc.constant(null), fc.record({ start: clock, end: clock }))),
            maxRemindersPerDay: opt(fc.integer({ min: 0, max: 50 })),
            firstDayOfWeek: opt(fc.integer({ min: 0, max: 6 })),
            theme: opt(fc.constantFrom(...THEMES)),
            // Any two capital letters, as a file from a build knowing a newer code could hold.
            country: opt(fc.constantFrom('US', 'ES', 'JP', 'XK', 'ZZ')),
          })
          .map(present),
      ),
      reviews: opt(
        fc.tuple(
          ...weeks.map((weekStart) =>
            fc.record({
              weekStart: fc.constant(weekStart),
              helped: opt(words(60)),
              inTheWay: opt(words(60)),
              focusCommitmentId: link(steps),
            }),
          ),
        ),
      ),
    });
  })
  // A plain JSON object, as a file is read: no undefined anywhere.
  .map((file) => JSON.parse(JSON.stringify(file)) as Record<string, any>);

// ----------------------------------------------------------------------------- what goes wrong

/** A key that has been used to reach an object's prototype. */
const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
/** What a prototype key carries: fields that would leak into every record if it took hold. */
const POISON = {
  polluted: 'yes',
  format: 'footholds-backup',
  version: 1,
  id: 'poison',
  name: 'poison',
  step: 'poison',
  at: 1,
  kind: 'win',
  text: 'poison',
  theme: 'dark',
  toString: 'poison',
};

/** Out-of-range and impossible dates and times, as a file could write them. */
const badTime = fc.constantFrom(
  -1,
  -0,
  0.5,
  LATEST_TIME + 1,
  8_640_000_000_000_000,
  8_640_000_000_000_001,
  1e300,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '1795438800000',
  '2026-11-23T10:00:00Z',
);
const badDay = fc.constantFrom(
  '2026-02-31',
  '2026-02-29',
  '2100-02-29',
  '2026-04-31',
  '2026-00-10',
  '2026-13-01',
  '2026-11-00',
  '275760-09-12',
  '+002026-11-23',
  '2026-1-1',
  '23/11/2026',
  '2026-11-23T00:00',
  ' 2026-11-23',
  '',
);
/**
 * Anything at all in a place: the wrong type, a huge string or array, NaN and Infinity, a bad
 * date, an object or list of junk. `fc.anything` is kept to words without capitals.
 */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ stringUnit: fc.constantFrom(...CHARS), maxDepth: 3 }) },
  { weight: 3, arbitrary: badTime },
  { weight: 3, arbitrary: badDay },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -0, 1, 7, 1.5, -5, '', ' ') },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1_001, max: 300_000 }).map((n) => 'x'.repeat(n)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 8, max: 5_000 }), fc.constantFrom<unknown>(0, 'x', {}, null, [1]))
      .map(([n, item]) =>
        // Each item its own, so a later spoil of one does not spoil thousands at once.
        Array.from({ length: n }, () => structuredClone(item)),
      ),
  },
);

/** Every place in a file: the path to each object, list and field in it. */
function places(node: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      places(child, [...path, Array.isArray(node) ? Number(key) : key], out);
    }
  }
  return out;
}
function parentOf(file: any, path: (string | number)[]): any {
  return path.slice(0, -1).reduce((node, key) => node?.[key], file);
}

/** One thing done to a file, chosen by fast-check; the label says which, for the counts. */
type Spoil = { label: string; spoil: (file: any) => void };

const setSomewhere = fc.tuple(fc.nat(), junk).map(
  ([n, value]): Spoil => ({
    label: 'wrong value',
    spoil: (file) => {
      const all = places(file).filter((p) => p.length > 0);
      const path = all[n % all.length];
      const parent = parentOf(file, path);
      // A copy: fast-check may hand the same junk to another run, and later spoils change it.
      if (parent && typeof parent === 'object')
        parent[path.at(-1) as string] = structuredClone(value);
    },
  }),
);
const deleteSomewhere = fc.nat().map(
  (n): Spoil => ({
    label: 'missing part',
    spoil: (file) => {
      const all = places(file).filter((p) => p.length > 0);
      const path = all[n % all.length];
      const parent = parentOf(file, path);
      if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
      else if (parent && typeof parent === 'object') delete parent[path.at(-1) as string];
    },
  }),
);
/** A `__proto__`, `constructor` or `prototype` key on some object, as JSON.parse makes it: own. */
const prototypeKey = fc.tuple(fc.nat(), protoKey, fc.boolean()).map(
  ([n, key, poison]): Spoil => ({
    label: 'prototype key',
    spoil: (file) => {
      const objects = places(file)
        .map((p) => p.reduce((node: any, k) => node?.[k], file))
        .filter((o) => o !== null && typeof o === 'object' && !Array.isArray(o));
      const target = objects[n % objects.length];
      Object.defineProperty(target, key, {
        value: poison ? { ...POISON } : 'poison',
        enumerable: true,
        writable: true,
        configurable: true,
      });
    },
  }),
);
const LISTS = ['values', 'commitments', 'entries', 'reviews'] as const;
const duplicate = fc.tuple(fc.constantFrom(...LISTS), fc.nat()).map(
  ([list, n]): Spoil => ({
    label: 'duplicate id',
    spoil: (file) => {
      const records = file[list];
      if (!Array.isArray(records) || records.length === 0) {
        file.values = [
          { id: 'v', name: 'rest' },
          { id: 'v', name: 'rest again' },
        ];
        return;
      }
      records.push({ ...records[n % records.length] });
    },
  }),
);
const dangling = fc.tuple(fc.nat(), fc.constantFrom('valueId', 'commitmentId', 'focus'), idOf).map(
  ([n, field, id]): Spoil => ({
    label: 'dangling link',
    spoil: (file) => {
      const missing = `gone-${id}`;
      if (field === 'focus') {
        file.reviews = [
          ...(file.reviews ?? []),
          { weekStart: '2026-11-23', focusCommitmentId: missing },
        ];
        return;
      }
      const list = field === 'valueId' && file.commitments.length ? file.commitments : file.entries;
      if (list.length === 0) {
        file.entries.push({ id: 'dangling', kind: 'skip', at: 1, [field]: missing });
        return;
      }
      list[n % list.length][field] = missing;
    },
  }),
);
/** Where a file writes times and days. */
const TIME_FIELDS = new Set([
  'at',
  'createdAt',
  'addedAt',
  'updatedAt',
  'correctedAt',
  'from',
  'to',
]);
const DAY_FIELDS = new Set(['day', 'weekStart']);
/** A time or a day out of range or off the calendar, in a place that holds one. */
const badDate = fc
  .tuple(
    fc.nat(),
    fc.oneof(badTime, fc.integer({ min: LATEST_TIME + 1, max: 8_640_000_000_000_000 })),
    badDay,
    fc.boolean(),
  )
  .map(
    ([n, time, day, dropDay]): Spoil => ({
      label: 'bad date',
      spoil: (file) => {
        const all = places(file).filter((p) => {
          const key = String(p.at(-1));
          return TIME_FIELDS.has(key) || DAY_FIELDS.has(key);
        });
        if (all.length === 0) {
          file.entries = [{ id: 'late', kind: 'checkin', at: time, mood: 3, energy: 3 }];
          return;
        }
        const path = all[n % all.length];
        const parent = parentOf(file, path);
        const key = String(path.at(-1));
        parent[key] = TIME_FIELDS.has(key) ? time : day;
        // Without a day of its own, an entry's day is filled in from its time.
        if (key === 'at' && dropDay) delete parent.day;
      },
    }),
  );
const futureVersion = fc
  .constantFrom<unknown>(
    2,
    3,
    1.5,
    99,
    1e6,
    Number.MAX_VALUE,
    0,
    -1,
    '1',
    '2',
    null,
    [1],
    Number.NaN,
  )
  .map((version): Spoil => ({ label: 'other version', spoil: (file) => (file.version = version) }));
const otherFormat = fc
  .constantFrom<unknown>('recipes', 'footholds', 'footholds-backup ', '', 7, null, undefined)
  .map((format): Spoil => ({ label: 'other format', spoil: (file) => (file.format = format) }));
const spoil = fc.oneof(
  { weight: 6, arbitrary: setSomewhere },
  { weight: 2, arbitrary: deleteSomewhere },
  { weight: 3, arbitrary: prototypeKey },
  { weight: 3, arbitrary: badDate },
  { weight: 2, arbitrary: duplicate },
  { weight: 2, arbitrary: dangling },
  { weight: 1, arbitrary: futureVersion },
  { weight: 1, arbitrary: otherFormat },
);

/** What is handed to the parser, and what was done to it. */
type Hostile = { input: unknown; labels: string[] };

/** A valid file with one to three things done to it, as text (mostly) or as parsed data. */
const spoiled = fc
  .tuple(validFile, fc.array(spoil, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([written, spoils, asText]): Hostile => {
    // A copy: fast-check hands the same value to several runs while it shrinks.
    const file = copyOf(written);
    for (const s of spoils) {
      try {
        s.spoil(file);
      } catch {
        // An earlier spoil left no place for this one (a list is now a string, say).
      }
    }
    return {
      input: asText ? JSON.stringify(file) : file,
      labels: spoils.map((s) => s.label),
    };
  });

/** Text a JSON parser reads as something else: NaN, Infinity, 1e999 (Infinity) and -0. */
const numberWords = fc
  .tuple(
    validFile,
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-0', '-1e999', '0x10'),
  )
  .map(([file, literal]): Hostile => {
    const text = JSON.stringify(file);
    // The first number in the file, after the version (a time, a mood, a weekday …), or the version.
    const at = text.search(/(?<="(?:at|mood|createdAt|minutes|maxRemindersPerDay)":)-?\d/);
    const replaced =
      at < 0
        ? text.replace('"version":1', `"version":${literal}`)
        : text.slice(0, at) + literal + text.slice(at).replace(/^-?[\d.e+]+/, '');
    return { input: replaced, labels: ['NaN or Infinity'] };
  });

/** A part of a valid file nested thousands deep, written as text (too deep to build as data). */
const deep = fc
  .tuple(
    validFile,
    fc.integer({ min: 500, max: 50_000 }),
    fc.constantFrom('[', '{"a":'),
    fc.constantFrom('values', 'settings', 'extra', 'entries'),
  )
  .map(([written, depth, open, key]): Hostile => {
    const file = copyOf(written);
    const close = open === '[' ? ']' : '}';
    file[key] = '@@DEEP@@';
    const text = JSON.stringify(file).replace(
      '"@@DEEP@@"',
      `${open.repeat(depth)}1${close.repeat(depth)}`,
    );
    return { input: text, labels: ['deep nesting'] };
  });

/** Text that is not JSON: a cut-off file, comments, single quotes, trailing commas, other files. */
const notJson = fc.oneof(
  fc.tuple(validFile, fc.double({ min: 0, max: 1, noNaN: true })).map(([file, cut]): Hostile => {
    const text = JSON.stringify(file, null, 2);
    return {
      input: text.slice(0, Math.max(1, Math.floor(text.length * cut) - 1)),
      labels: ['not json'],
    };
  }),
  fc
    .tuple(validFile, fc.constantFrom('// mine\n', ',', "'", '}', '\u0000', '<!-- x -->'))
    .map(([file, bit]): Hostile => {
      const text = JSON.stringify(file);
      const at = Math.floor(text.length / 2);
      return { input: text.slice(0, at) + bit + text.slice(at), labels: ['not json'] };
    }),
  fc
    .constantFrom(
      '',
      '   \n',
      'undefined',
      'null',
      '[]',
      '"footholds-backup"',
      '<html><body>photos</body></html>',
      'format: footholds-backup\nversion: 1',
      '\uFEFF{"format":"footholds-backup","version":1}',
      '{"format":"footholds-backup","version":1,}',
    )
    .map((input): Hostile => ({ input, labels: ['not json'] })),
  fc.string({ maxLength: 200 }).map((input): Hostile => ({ input, labels: ['not json'] })),
);

/** Not a file at all: anything a caller could pass, and things with getters that throw. */
const notData = fc.oneof(
  fc
    .anything({ stringUnit: fc.constantFrom(...CHARS) })
    .map((input): Hostile => ({ input, labels: ['any value'] })),
  fc.constant<Hostile>({
    input: {
      get format(): string {
        throw new Error('no');
      },
    },
    labels: ['any value'],
  }),
  fc.constant<Hostile>({
    input: new Proxy(
      { format: 'footholds-backup', version: 1 },
      {
        get: (target, key) => {
          if (key === 'values') throw new Error('no');
          return Reflect.get(target, key);
        },
        has: () => true,
      },
    ),
    labels: ['any value'],
  }),
);

/** Valid files as they are: these must be taken and round-trip. */
const untouched = fc.tuple(validFile, fc.boolean()).map(
  ([file, asText]): Hostile => ({
    input: asText ? JSON.stringify(file) : copyOf(file),
    labels: ['valid'],
  }),
);

const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 10, arbitrary: spoiled },
  { weight: 3, arbitrary: untouched },
  { weight: 2, arbitrary: numberWords },
  { weight: 1, arbitrary: deep },
  { weight: 2, arbitrary: notJson },
  { weight: 1, arbitrary: notData },
);

// ------------------------------------------------------------------------------- what is checked

const REFUSALS: BackupRefusal[] = ['empty', 'not-json', 'not-backup', 'newer', 'problems'];
const FIRST_LINES =
  /^(This file is empty\.|This file can't be read as a backup\.|This isn't a Footholds backup file\.|This backup is from a newer Footholds\.|One thing in this backup needs fixing first:|\d+ things in this backup need fixing first:)$/;

/** A refusal: a code, its plain first line, details in whole plain sentences, and no data. */
function expectPlainRefusal(parsed: Exclude<ParsedBackup, { ok: true }>) {
  expect(Object.keys(parsed).sort()).toEqual(['count', 'error', 'ok', 'problems', 'refusal']);
  expect(REFUSALS).toContain(parsed.refusal);
  expect(dataCopy.data.backupFile.refused(parsed.refusal, parsed.count)).toMatch(FIRST_LINES);
  expect(parsed.problems.length).toBeGreaterThan(0);
  expect(parsed.problems.length).toBeLessThanOrEqual(11);
  expect(parsed.count).toBeGreaterThanOrEqual(Math.min(parsed.problems.length, 10));
  expect(parsed.error).toBe(parsed.problems[0]);
  for (const problem of parsed.problems) {
    expect(typeof problem).toBe('string');
    // Short enough to read: a huge string in the file is never said back in full.
    expect(problem.length).toBeLessThan(400);
    // Whole sentences: a capital first, a full stop last.
    expect(problem).toMatch(/^[A-Z][\s\S]*\.$/);
    // The file's own words are quoted; outside them, no "must", no field paths, no camelCase,
    // no schema library's own message.
    const ours = problem.replace(/"[^"]*"/g, '""');
    expect(ours).not.toMatch(/\bmust\b|milliseconds|\w\[\d+\]|\.(?:cue|at|days)\b/);
    expect(ours).not.toMatch(/Invalid|Expected|Received|undefined|NaN|\[object/);
    // The file's words never have capitals, so camelCase anywhere is a field name leaking out.
    expect(problem).not.toMatch(/\b[a-z]+[A-Z]\w*/);
  }
}

/** Every object in accepted data is plain, and none holds a prototype key of its own. */
function expectPlainObjects(node: unknown) {
  if (node === null || typeof node !== 'object') return;
  const proto = Object.getPrototypeOf(node);
  expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    expect(Object.hasOwn(node, key)).toBe(false);
  }
  for (const child of Object.values(node)) expectPlainObjects(child);
}

const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_KEYS = Object.getOwnPropertyNames(Array.prototype).sort();
function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).theme).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_KEYS);
  expect(typeof Object.prototype.toString).toBe('function');
}

/** The fields a record of each list can hold (anything else is dropped as the contract says). */
const ENTRY = [
  'id',
  'kind',
  'at',
  'day',
  'source',
  'addedAt',
  'updatedAt',
  'correctedAt',
  'untimed',
];
const KNOWN: Record<(typeof LISTS)[number], (record: any) => string[]> = {
  values: () => ['id', 'name', 'looksLike', 'why', 'status', 'createdAt'],
  commitments: () => ['id', 'valueId', 'step', 'smallerStep', 'minutes', 'status', 'createdAt'],
  entries: (e) =>
    ({
      win: [...ENTRY, 'commitmentId', 'valueId', 'text', 'stepText', 'size', 'felt'],
      skip: [...ENTRY, 'commitmentId', 'valueId', 'reason'],
      checkin: [...ENTRY, 'mood', 'energy', 'note'],
    })[e.kind as string] ?? [],
  reviews: () => ['weekStart', 'helped', 'inTheWay', 'focusCommitmentId'],
};

/** As the file wrote it, read as a file is: JSON only (and -0 is 0). */
function asWritten(input: unknown): any {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    return JSON.parse(text, (_key, value) => (Object.is(value, -0) ? 0 : value));
  } catch {
    return undefined;
  }
}

/** Accepted: every field the file wrote is read as written, records in the file's order. */
function expectReadAsWritten(input: unknown, data: AllData) {
  const file = asWritten(input);
  if (!file || typeof file !== 'object') return;
  for (const list of LISTS) {
    const written: any[] = Array.isArray(file[list]) ? file[list] : [];
    const read = (data[list] ?? []) as unknown as Record<string, unknown>[];
    expect(read).toHaveLength(written.length);
    written.forEach((record, i) => {
      for (const key of KNOWN[list](record)) {
        if (Object.hasOwn(record, key)) expect(read[i][key]).toEqual(record[key]);
      }
    });
  }
}

/** Accepted: the export of what was read reads back as the same data, and exports the same. */
function expectRoundTrip(data: AllData) {
  const text = JSON.stringify(toBackup(data, new Date(2026, 10, 23)));
  const again = parseBackup(text, new Date(2031, 0, 1));
  expect(again.ok).toBe(true);
  if (!again.ok) return;
  expect(again.data).toEqual(data);
  // And its export is the same file (fields in another order, perhaps).
  expect(JSON.parse(JSON.stringify(toBackup(again.data, new Date(2026, 10, 23))))).toEqual(
    JSON.parse(text),
  );
}

// ------------------------------------------------------------------------------------ the tests

const RUNS = 1_200;
const counts = { files: 0, accepted: 0, refused: 0, byLabel: new Map<string, number>() };
const byRefusal = new Map<string, number>();

afterAll(() => {
  // The fault suite's counts, printed beside its results.
  console.info(
    `hostile backups: ${counts.files} files, ${counts.accepted} accepted and round-tripped, ${counts.refused} refused`,
    Object.fromEntries(byRefusal),
    Object.fromEntries(counts.byLabel),
  );
});

describe('hostile backup files (issue 20)', () => {
  it(`refuses each in plain words or takes it as the contract says and it round-trips (${RUNS} files)`, () => {
    fc.assert(
      fc.property(hostile, ({ input, labels }) => {
        const parsed = parseBackup(input, new Date(2026, 10, 23, 12));
        counts.files++;
        for (const label of new Set(labels)) {
          counts.byLabel.set(label, (counts.byLabel.get(label) ?? 0) + 1);
        }
        if (parsed.ok) {
          counts.accepted++;
          expect(Object.keys(parsed).sort()).toEqual(['data', 'ok']);
          expectPlainObjects(parsed.data);
          expectReadAsWritten(input, parsed.data);
          expectRoundTrip(parsed.data);
        } else {
          counts.refused++;
          byRefusal.set(parsed.refusal, (byRefusal.get(parsed.refusal) ?? 0) + 1);
          expectPlainRefusal(parsed);
        }
        if (labels.includes('valid')) expect(parsed.ok).toBe(true);
        expectNoPollution();
      }),
      { numRuns: RUNS },
    );
    expect(counts.files).toBeGreaterThanOrEqual(1_000);
    // Both halves are really tried: many files are taken (and round-trip), many refused.
    expect(counts.accepted).toBeGreaterThan(counts.files / 10);
    expect(counts.refused).toBeGreaterThan(counts.files / 2);
  }, 60_000);

  it('never lets a prototype key reach a prototype, through text or through data', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const poison = JSON.stringify(POISON);
      const text = `{"format":"footholds-backup","version":1,"${key}":${poison},"values":[{"id":"v1","name":"calm","${key}":${poison}}],"settings":{"${key}":${poison}},"entries":[{"id":"e1","kind":"checkin","at":1,"mood":3,"energy":3,"${key}":${poison}}],"commitments":[{"id":"c1","valueId":"v1","step":"walk","cue":{"kind":"first-tab","${key}":${poison}}}]}`;
      for (const input of [text, JSON.parse(text)]) {
        const parsed = parseBackup(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) continue;
        expectPlainObjects(parsed.data);
        expect(parsed.data.settings).toEqual({});
        expect(parsed.data.values[0]).not.toHaveProperty('polluted');
        expectRoundTrip(parsed.data);
        expectNoPollution();
      }
    }
  });
});

// --------------------------------------------------------------------------------- the database

/** Stored data in one order, whatever order the stores give it back in. */
function sorted(data: AllData) {
  const order = (list: unknown[]) => list.map((r) => JSON.stringify(r)).sort();
  return {
    values: order(data.values),
    commitments: order(data.commitments),
    entries: order(data.entries),
    settings: JSON.stringify(data.settings),
    reviews: order(data.reviews ?? []),
  };
}

const DB_RUNS = 150;
describe('importing hostile backups (issue 20)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`changes nothing for a refused file, and replaces everything exactly for an accepted one (${DB_RUNS} files)`, async () => {
    let accepted = 0;
    let refused = 0;
    // One clock for the parse here and the one inside the import: a `createdAt` the file leaves
    // out is the time of the import.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 12));
    await fc.assert(
      fc.asyncProperty(validFile, hostile, async (kept, { input }) => {
        await freshDatabase();
        expect((await importBackup(JSON.stringify(kept))).ok).toBe(true);
        const before = await readAll();
        const parsed = parseBackup(input);
        const result = await importBackup(input);
        const after = await readAll();
        expect(result.ok).toBe(parsed.ok);
        if (parsed.ok) {
          accepted++;
          // Exactly what was read: nothing of the data before, nothing left out.
          expect(sorted(after)).toEqual(sorted(parsed.data));
        } else {
          refused++;
          expect(result).toEqual(parsed);
          expect(after).toEqual(before);
        }
        expectNoPollution();
      }),
      { numRuns: DB_RUNS },
    );
    counts.byLabel.set('database: accepted', accepted);
    counts.byLabel.set('database: refused', refused);
    expect(accepted).toBeGreaterThan(DB_RUNS / 10);
    expect(refused).toBeGreaterThan(DB_RUNS / 3);
  }, 60_000);
});
