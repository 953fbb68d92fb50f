import * as v from 'valibot';
import { correctedAtOfOld } from '@/utils/core/corrected';
import { stepWords } from '@/utils/core/entryWords';
import { minutesIn } from '@/utils/core/microwin';
import { dayKey } from '@/utils/model/day';
import type { HardDaysPlan } from '@/utils/model/hardDays';
import { DEFAULT_MINUTES } from '@/utils/model/limits';
import type { AllData, Commitment, Entry, Settings, Value, WeekReview } from '@/utils/model/types';
import { planFromFile } from './hardDays';
import { describeIssue, type ListName, recordPlace } from './places';
import type { BackupFault, BackupProblem } from './problems';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupInput, backupSchema } from './schema';

/**
 * The backup file, version 1 (DESIGN.md, "Public contracts"). Therapists and other tools may
 * write these by hand, so the checks are strict and every problem says what is wrong and where,
 * as codes (problems.ts) the words module turns into plain words, e.g. `Step 3 ("Walk"): the
 * time should look like 13:05.` (never field paths like `commitments[2].cue.at`). A refusal also
 * carries a code for its first plain line.
 *
 * valibot does the checking (issue #2 asks for a schema library rather than hand-written checks);
 * the few rules a schema cannot see (duplicate ids, links between records) follow it.
 */

export { PROBLEMS_SHOWN } from '@/utils/model/limits';
export type { BackupFault, BackupPlace, BackupProblem } from './problems';
export { BACKUP_FORMAT, BACKUP_VERSION, LATEST_TIME } from './schema';

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
  /** The plan for hard days (an optional addition within version 1; written when there is one). */
  hardDaysPlan?: HardDaysPlan;
}

/**
 * Why a backup was not loaded, from which the data page picks its first plain line:
 * an empty file, not JSON, JSON that is not a Footholds backup, a backup from a newer version,
 * or problems inside it. `not-saved` is the one that is not about the file: the write did not go.
 */
export type BackupRefusal =
  | 'empty'
  | 'not-json'
  | 'not-backup'
  | 'newer'
  | 'problems'
  | 'not-saved';

/** A backup that was not loaded: why, and every problem found, as codes. */
export interface BackupRefused {
  ok: false;
  refusal: BackupRefusal;
  problems: BackupProblem[];
}

/** The outcome of reading a backup: the data, or why not. */
export type ParsedBackup = { ok: true; data: AllData } | BackupRefused;

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
    ...(data.hardDaysPlan ? { hardDaysPlan: data.hardDaysPlan } : {}),
  };
}

/**
 * Reads a backup, from its text or already parsed. Never throws: anything wrong comes back as
 * `ok: false` with messages a person can act on. Every file it takes round-trips: `toBackup` of
 * its data reads back as the same data (backupHostile.test.ts tries over a thousand).
 */
export function parseBackup(input: unknown, now = new Date()): ParsedBackup {
  try {
    return read(input, now);
  } catch {
    // Only input that is not plain data (a getter that throws) gets here; still no throw.
    return refuse('problems', [{ code: 'unreadable' }]);
  }
}

/** `parseBackup`, which may throw on input that is not plain data. */
function read(input: unknown, now: Date): ParsedBackup {
  let json: unknown = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return refuse('empty', [{ code: 'emptyFile' }, CHOOSE_EXPORTED]);
    try {
      json = JSON.parse(input);
    } catch {
      return refuse('not-json', [{ code: 'notJson' }, CHOOSE_EXPORTED]);
    }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return refuse('not-backup', [{ code: 'otherData' }, CHOOSE_EXPORTED]);
  }
  const top = json as Record<string, unknown>;
  if (top.format !== BACKUP_FORMAT) {
    const says = typeof top.format === 'string' && top.format.trim() !== '';
    return refuse('not-backup', [
      says ? { code: 'saysItIs', format: top.format as string } : { code: 'saysNothing' },
      CHOOSE_EXPORTED,
    ]);
  }
  // 1e999 is read as Infinity, which no Footholds wrote: the schema says what it should be.
  const version = top.version;
  if (typeof version === 'number' && Number.isFinite(version) && version > BACKUP_VERSION) {
    return refuse('newer', [{ code: 'newer', version, reads: BACKUP_VERSION }]);
  }
  const result = v.safeParse(backupSchema, json, { abortEarly: false, abortPipeEarly: true });
  if (!result.success) return refuse('problems', result.issues.map(describeIssue));
  const data = withDefaults(result.output, now);
  const problems = crossCheck(data, result.output);
  return problems.length ? refuse('problems', problems) : { ok: true, data };
}

/**
 * Fills in every field a hand-written file may leave out: a day from its time (in this browser's
 * time zone), `active`, the source `options`, a step's minutes from its words (else 5), a
 * `createdAt` from the earliest entry that refers to it (else now), empty texts, a win's
 * `stepText` from its step's words in the file, an entry's `correctedAt` from what it holds, and
 * the plan for hard days as it is kept (`planFromFile`).
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
  const hardDaysPlan = planFromFile(input.hardDaysPlan, new Set(byId.keys()), now);
  return {
    values,
    commitments,
    entries,
    settings: (input.settings ?? {}) as Partial<Settings>,
    reviews: input.reviews,
    ...(hardDaysPlan ? { hardDaysPlan } : {}),
  };
}

/**
 * `correctedAt` for an entry of a file written before it existed, where `updatedAt` alone marked
 * a correction: read as the database's own entries were (`correctedAtOfOld`).
 */
function corrected(e: Entry): Pick<Entry, 'correctedAt'> {
  const correctedAt = correctedAtOfOld(e);
  return correctedAt === undefined ? {} : { correctedAt };
}

/**
 * Rules across records: unique ids, and links that point at something that exists. Each record
 * is named as the file wrote it (`written`), not with the day or words filled in for it.
 */
function crossCheck(data: AllData, written: BackupInput): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const say = (list: ListName, i: number, fault: BackupFault) =>
    problems.push({
      code: 'fault',
      place: recordPlace(list, i, written[list]?.[i]),
      keys: [],
      fault,
    });
  const unique = (list: ListName, records: { id: string }[]) => {
    const seen = new Set<string>();
    records.forEach((record, i) => {
      if (seen.has(record.id)) say(list, i, { code: 'sameId', id: record.id });
      seen.add(record.id);
    });
    return seen;
  };
  const valueIds = unique('values', data.values);
  const commitmentIds = unique('commitments', data.commitments);
  unique('entries', data.entries);
  data.commitments.forEach((c, i) => {
    if (!valueIds.has(c.valueId)) say('commitments', i, { code: 'noSuchValue', id: c.valueId });
  });
  data.entries.forEach((e, i) => {
    if (e.kind === 'checkin') return;
    if (e.commitmentId !== undefined && !commitmentIds.has(e.commitmentId)) {
      say('entries', i, { code: 'noSuchStep', id: e.commitmentId });
    }
    if (e.valueId !== undefined && !valueIds.has(e.valueId)) {
      say('entries', i, { code: 'noSuchValue', id: e.valueId });
    }
  });
  const weeks = new Set<string>();
  (data.reviews ?? []).forEach((r, i) => {
    if (weeks.has(r.weekStart)) say('reviews', i, { code: 'sameWeek' });
    weeks.add(r.weekStart);
    if (r.focusCommitmentId !== undefined && !commitmentIds.has(r.focusCommitmentId)) {
      say('reviews', i, { code: 'noSuchWeekStep', id: r.focusCommitmentId });
    }
  });
  return problems;
}

/** Said after every refusal of a file that is not a backup at all. */
const CHOOSE_EXPORTED: BackupProblem = { code: 'chooseExported' };

/** A refusal with every problem found; the words module names the first few and counts the rest. */
function refuse(refusal: BackupRefusal, problems: BackupProblem[]): BackupRefused {
  return { ok: false, refusal, problems };
}
