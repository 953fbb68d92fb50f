import * as v from 'valibot';
import { dayKey } from '../../model/day';
import { DEFAULT_MINUTES } from '../../model/limits';
import type { AllData, Commitment, Entry, Settings, Value, WeekReview } from '../../model/types';
import { correctedAtOfOld } from '../corrected';
import { stepWords } from '../entryWords';
import { minutesIn } from '../microwin';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupInput, backupSchema } from './schema';

/**
 * The backup file, version 1 (DESIGN.md, "Public contracts"). Therapists and other tools may
 * write these by hand, so the checks are strict and every message says what is wrong and where,
 * in plain words, e.g. `commitments[2].cue.at must look like 13:05`.
 *
 * valibot does the checking (issue #2 asks for a schema library rather than hand-written checks);
 * the few rules a schema cannot see (duplicate ids, links between records) follow it.
 */

export { BACKUP_FORMAT, BACKUP_VERSION } from './schema';

/** A backup file, as written by `toBackup`. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  settings: Partial<Settings>;
  /** Weekly reviews (an optional addition within version 1; `toBackup` always writes it). */
  reviews?: WeekReview[];
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
    reviews: data.reviews ?? [],
  };
}

/**
 * Reads a backup, from its text or already parsed. Never throws: anything wrong comes back as
 * `ok: false` with messages a person can act on.
 */
export function parseBackup(input: unknown, now = new Date()): ParsedBackup {
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
  if (!result.success) return fail(result.issues.map(describeIssue));
  const data = withDefaults(result.output, now);
  const problems = crossCheck(data);
  return problems.length ? fail(problems) : { ok: true, data };
}

/**
 * Fills in every field a hand-written file may leave out: a day from its time (in this browser's
 * time zone), `active`, the source `options`, a step's minutes from its words (else 5), a
 * `createdAt` from the earliest entry that refers to it (else now), empty texts, a win's
 * `stepText` from its step's words in the file, and an entry's `correctedAt` from what it holds.
 */
function withDefaults(input: BackupInput, now: Date): AllData {
  const earliest = new Map<string, number>();
  const seen = (id: string | undefined, at: number) => {
    if (id !== undefined && at < (earliest.get(id) ?? Number.POSITIVE_INFINITY)) {
      earliest.set(id, at);
    }
  };
  for (const e of input.entries) {
    if (e.kind === 'checkin') continue;
    seen(e.commitmentId, e.at);
    seen(e.valueId, e.at);
  }
  const commitments: Commitment[] = input.commitments.map((c) => {
    const { pauses, ...rest } = c;
    return {
      ...rest,
      smallerStep: c.smallerStep ?? '',
      minutes: c.minutes ?? minutesIn(c.step) ?? DEFAULT_MINUTES,
      status: c.status ?? 'active',
      ...(pauses && pauses.length > 0 ? { pauses } : {}),
      createdAt: c.createdAt ?? earliest.get(c.id) ?? now.getTime(),
    } as Commitment;
  });
  for (const c of commitments) seen(c.valueId, c.createdAt);
  const values: Value[] = input.values.map((value) => ({
    ...value,
    looksLike: value.looksLike ?? '',
    why: value.why ?? '',
    status: value.status ?? 'active',
    createdAt: value.createdAt ?? earliest.get(value.id) ?? now.getTime(),
  }));
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const entries = input.entries.map((e) => {
    const base = {
      ...e,
      day: e.day ?? dayKey(e.at),
      source: e.source ?? 'options',
      ...corrected(e as Entry),
    };
    if (base.kind !== 'win' || base.stepText !== undefined || base.text !== undefined) return base;
    const commitment = base.commitmentId ? byId.get(base.commitmentId) : undefined;
    return commitment ? { ...base, stepText: stepWords(commitment, base.size) } : base;
  }) as Entry[];
  return {
    values,
    commitments,
    entries,
    settings: (input.settings ?? {}) as Partial<Settings>,
    reviews: input.reviews,
  };
}

/**
 * `correctedAt` for an entry of a file written before it existed, where `updatedAt` alone marked
 * a correction (issue 19): read as the database's own entries were (`correctedAtOfOld`).
 */
function corrected(e: Entry): Pick<Entry, 'correctedAt'> {
  const correctedAt = correctedAtOfOld(e);
  return correctedAt === undefined ? {} : { correctedAt };
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
  const weeks = new Set<string>();
  (data.reviews ?? []).forEach((r, i) => {
    if (weeks.has(r.weekStart))
      problems.push(`reviews[${i}].weekStart ${r.weekStart} is used twice`);
    weeks.add(r.weekStart);
    if (r.focusCommitmentId !== undefined && !commitmentIds.has(r.focusCommitmentId)) {
      problems.push(
        `reviews[${i}].focusCommitmentId "${short(r.focusCommitmentId)}" names no commitment in the file`,
      );
    }
  });
  return problems;
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
  const missing = issue.kind === 'schema' && issue.input === undefined && where !== '';
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

/** How many problems are named one by one; the rest are counted. */
export const PROBLEMS_SHOWN = 10;

function fail(all: string[]): ParsedBackup {
  const problems =
    all.length > PROBLEMS_SHOWN
      ? [...all.slice(0, PROBLEMS_SHOWN), `and ${all.length - PROBLEMS_SHOWN} more`]
      : all;
  return { ok: false, error: problems[0], problems };
}
