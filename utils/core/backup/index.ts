import * as v from 'valibot';
import type { AllData } from '../../db/all';
import { CLOCK_TIME } from '../../model/day';
import { LIMITS } from '../../model/limits';
import type { Commitment, Entry, Settings, Value } from '../../model/types';
import {
  COMMITMENT_STATUSES,
  ENTRY_SOURCES,
  SKIP_REASONS,
  THEMES,
  WIN_SIZES,
} from '../../model/types';

/**
 * The backup file, version 1 (DESIGN.md, "Public contracts"). Therapists and other tools may
 * write these by hand, so the checks are strict and every message says what is wrong and where,
 * in plain words, e.g. `commitments[2].cue.at must look like 13:05`.
 *
 * valibot does the checking (issue #2 asks for a schema library rather than hand-written checks);
 * the few rules a schema cannot see (duplicate ids, links between records) follow it.
 */

/** The `format` field every backup carries. */
export const BACKUP_FORMAT = 'footholds-backup';

/** The version this build writes and the newest it reads. */
export const BACKUP_VERSION = 1;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
const filledText = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.check((s) => s.trim().length > 0, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const id = filledText(LIMITS.id);
const epochMs = v.pipe(
  v.number('must be a number (milliseconds since 1970)'),
  v.integer('must be a whole number (milliseconds since 1970)'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(8_640_000_000_000_000, 'is too far in the future'),
);
const clock = v.pipe(v.string('must be text'), v.regex(CLOCK_TIME, 'must look like 13:05'));
const weekday = v.pipe(
  v.number('must be a weekday number from 0 (Sunday) to 6 (Saturday)'),
  v.integer('must be a weekday number from 0 (Sunday) to 6 (Saturday)'),
  v.minValue(0, 'must be a weekday number from 0 (Sunday) to 6 (Saturday)'),
  v.maxValue(6, 'must be a weekday number from 0 (Sunday) to 6 (Saturday)'),
);
const weekdays = v.pipe(
  v.array(weekday, 'must be a list of weekday numbers, like [1, 2, 3]'),
  v.maxLength(7, 'must list each weekday at most once'),
  v.check((d) => new Set(d).size === d.length, 'must list each weekday at most once'),
);
const oneToFive = v.pipe(
  v.number('must be a number from 1 to 5'),
  v.integer('must be a whole number from 1 to 5'),
  v.minValue(1, 'must be a number from 1 to 5'),
  v.maxValue(5, 'must be a number from 1 to 5'),
);
const source = v.picklist(ENTRY_SOURCES, `must be one of ${ENTRY_SOURCES.join(', ')}`);

const valueSchema = v.object(
  {
    id,
    name: filledText(LIMITS.name),
    looksLike: text(LIMITS.sentence),
    why: text(LIMITS.sentence),
    createdAt: epochMs,
  },
  'must be an object',
);

const cueSchema = v.variant(
  'kind',
  [
    v.object({
      kind: v.literal('time'),
      at: clock,
      days: v.pipe(weekdays, v.minLength(1, 'must name at least one weekday')),
    }),
    v.object({ kind: v.literal('browser-start') }),
    v.object({
      kind: v.literal('back-at-computer'),
      awayMinutes: v.pipe(
        v.number('must be a number of minutes'),
        v.integer('must be a whole number of minutes'),
        v.minValue(1, 'must be at least 1 minute'),
        v.maxValue(24 * 60, 'must be at most 1440 minutes'),
      ),
    }),
    v.object({ kind: v.literal('first-tab') }),
    v.object({
      kind: v.literal('anchor'),
      text: filledText(LIMITS.sentence),
      remindAt: v.optional(clock),
      days: v.optional(weekdays),
    }),
  ],
  'must be one of time, browser-start, back-at-computer, first-tab, anchor',
);

const commitmentSchema = v.object(
  {
    id,
    valueId: id,
    step: filledText(LIMITS.sentence),
    smallerStep: text(LIMITS.sentence),
    minutes: v.pipe(
      v.number('must be a number of minutes'),
      v.minValue(0, 'must not be negative'),
      v.maxValue(24 * 60, 'must be at most 1440 minutes'),
    ),
    cue: v.pipe(v.looseObject({ kind: v.string('must be text') }, 'must be an object'), cueSchema),
    status: v.picklist(COMMITMENT_STATUSES, `must be one of ${COMMITMENT_STATUSES.join(', ')}`),
    createdAt: epochMs,
  },
  'must be an object',
);

const entryBase = {
  id,
  at: epochMs,
  day: v.pipe(v.string('must be text'), v.regex(DAY, 'must look like 2026-11-23')),
  source,
};

const entrySchema = v.pipe(
  v.looseObject({ kind: v.string('must be text') }, 'must be an object'),
  v.variant(
    'kind',
    [
      v.object({
        ...entryBase,
        kind: v.literal('win'),
        commitmentId: v.optional(id),
        valueId: v.optional(id),
        text: v.optional(text(LIMITS.sentence)),
        // Hand-written files may leave size out: a win is the full step unless it says otherwise.
        size: v.optional(v.picklist(WIN_SIZES, 'must be full or smaller'), 'full'),
      }),
      v.object({
        ...entryBase,
        kind: v.literal('skip'),
        commitmentId: v.optional(id),
        valueId: v.optional(id),
        reason: v.optional(v.picklist(SKIP_REASONS, 'must be too-big, no-time or not-today')),
      }),
      v.object({
        ...entryBase,
        kind: v.literal('checkin'),
        mood: oneToFive,
        energy: oneToFive,
        note: v.optional(text(LIMITS.note)),
      }),
    ],
    'must be one of win, skip, checkin',
  ),
);

const settingsSchema = v.object(
  {
    remindersOn: v.optional(v.boolean('must be true or false')),
    quietHours: v.optional(
      v.nullable(v.object({ start: clock, end: clock }, 'must be an object or null')),
    ),
    maxRemindersPerDay: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(0, 'must not be negative'),
        v.maxValue(50, 'must be at most 50'),
      ),
    ),
    firstDayOfWeek: v.optional(weekday),
    theme: v.optional(v.picklist(THEMES, `must be one of ${THEMES.join(', ')}`)),
  },
  'must be an object',
);

const backupSchema = v.object(
  {
    format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
    version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}`),
    exportedAt: v.optional(v.string('must be text')),
    values: v.array(valueSchema, 'must be a list'),
    commitments: v.array(commitmentSchema, 'must be a list'),
    entries: v.pipe(
      v.array(entrySchema, 'must be a list'),
      v.maxLength(LIMITS.entries, `must hold at most ${LIMITS.entries} entries`),
    ),
    settings: v.optional(settingsSchema),
  },
  'must be an object',
);

/** A backup file, as written by `toBackup`. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  settings: Partial<Settings>;
}

/** The outcome of reading a backup: the data, or plain-words problems (the first one leads). */
export type ParsedBackup =
  | { ok: true; data: AllData }
  | { ok: false; error: string; problems: string[] };

/** Builds the backup file for stored data. */
export function toBackup(data: AllData, exportedAt: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    values: data.values,
    commitments: data.commitments,
    entries: data.entries,
    settings: data.settings,
  };
}

/**
 * Reads a backup, from its text or already parsed. Never throws: anything wrong comes back as
 * `ok: false` with messages a person can act on.
 */
export function parseBackup(input: unknown): ParsedBackup {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return fail(['This file is not a Footholds backup: it is not readable JSON.']);
    }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return fail(['This file is not a Footholds backup: it holds no backup object.']);
  }
  const top = json as Record<string, unknown>;
  if (top.format !== BACKUP_FORMAT) {
    return fail([`This file is not a Footholds backup: format must be "${BACKUP_FORMAT}".`]);
  }
  if (typeof top.version === 'number' && top.version > BACKUP_VERSION) {
    return fail([
      `This backup is from a newer Footholds (version ${top.version}). Update Footholds, then try again.`,
    ]);
  }
  let result: ReturnType<typeof v.safeParse<typeof backupSchema>>;
  try {
    result = v.safeParse(backupSchema, json, { abortEarly: false, abortPipeEarly: true });
  } catch {
    return fail(['This file could not be read as a Footholds backup.']);
  }
  if (!result.success) {
    return fail(result.issues.slice(0, 5).map(describeIssue));
  }
  const out = result.output;
  const data: AllData = {
    values: out.values,
    commitments: out.commitments as Commitment[],
    entries: out.entries as Entry[],
    settings: (out.settings ?? {}) as Partial<Settings>,
  };
  const problems = crossCheck(data);
  return problems.length ? fail(problems) : { ok: true, data };
}

/** Rules across records: unique ids, and links that point at something that exists. */
function crossCheck(data: AllData): string[] {
  const problems: string[] = [];
  const valueIds = firstDuplicate(data.values, 'values', problems);
  const commitmentIds = firstDuplicate(data.commitments, 'commitments', problems);
  firstDuplicate(data.entries, 'entries', problems);
  data.commitments.forEach((c, i) => {
    if (!valueIds.has(c.valueId)) {
      problems.push(`commitments[${i}].valueId "${short(c.valueId)}" names no value in the file`);
    }
  });
  data.entries.forEach((e, i) => {
    if (e.kind === 'checkin') return;
    if (e.commitmentId !== undefined && !commitmentIds.has(e.commitmentId)) {
      problems.push(
        `entries[${i}].commitmentId "${short(e.commitmentId)}" names no commitment in the file`,
      );
    }
    if (e.valueId !== undefined && !valueIds.has(e.valueId)) {
      problems.push(`entries[${i}].valueId "${short(e.valueId)}" names no value in the file`);
    }
  });
  return problems.slice(0, 5);
}

function firstDuplicate(list: { id: string }[], name: string, problems: string[]): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) problems.push(`${name}[${i}].id "${short(item.id)}" is used twice`);
    seen.add(item.id);
  });
  return seen;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const where = pathOf(issue);
  const missing =
    issue.kind === 'schema' &&
    issue.type === 'object' &&
    issue.input === undefined &&
    (issue.path?.length ?? 0) > 0;
  const what = missing ? 'is missing' : issue.message;
  return where ? `${where} ${what}` : `The backup ${what}`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function fail(problems: string[]): ParsedBackup {
  return { ok: false, error: problems[0], problems };
}
