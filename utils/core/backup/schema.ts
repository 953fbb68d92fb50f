/**
 * The backup file's shape, field by field, as valibot schemas, with a fault code for every rule
 * (the public contract in DESIGN.md and the README). The words for each fault are in
 * utils/copy/options/backupFile.ts: they say "a date", not "milliseconds since 1970".
 */
import * as v from 'valibot';
import { ACCEPTED_LANGUAGES } from '@/utils/model/language';
import { LIMITS } from '@/utils/model/limits';
import {
  COMMITMENT_STATUSES,
  ENTRY_SOURCES,
  SKIP_REASONS,
  THEMES,
  VALUE_STATUSES,
  WIN_SIZES,
} from '@/utils/model/types';
import { cueSchema } from './cue';
import { clock, epochMs, filledText, id, noMinusZero, text, weekdayAs } from './fields';
import { hardDaysPlanSchema } from './hardDays';
import { fault } from './problems';

export { LATEST_TIME } from './fields';

/** The `format` field every backup carries. */
export const BACKUP_FORMAT = 'footholds-backup';

/** The version this build writes and the newest it reads. */
export const BACKUP_VERSION = 1;

/** An ISO 3166-1 alpha-2 country code: two capital letters ("US"). */
const COUNTRY = /^[A-Z]{2}$/;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Whether a day written like 2026-11-23 is on the calendar: no 31 April, 29 February only in a
 * leap year, so "2026-02-31" is refused. Counted, not asked of `Date`, which reads the
 * years 0–99 as 1900–1999.
 */
export function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d >= 1 && d <= days;
}

/** Whether something is a day as a file writes it, `YYYY-MM-DD`, that the calendar has. */
export function isRealDay(day: unknown): day is string {
  return typeof day === 'string' && DAY.test(day) && isCalendarDay(day);
}

/** A day as the file writes it: `YYYY-MM-DD`, and one the calendar has. */
const day = v.pipe(
  v.string(fault({ code: 'day' })),
  v.regex(DAY, fault({ code: 'day' })),
  v.check(isCalendarDay, (issue) => fault({ code: 'noSuchDay', day: String(issue.input) })),
);

const oneToFive = v.pipe(
  v.number(fault({ code: 'oneToFive' })),
  v.integer(fault({ code: 'oneToFive' })),
  v.minValue(1, fault({ code: 'oneToFive' })),
  v.maxValue(5, fault({ code: 'oneToFive' })),
);
const source = v.picklist(ENTRY_SOURCES, fault({ code: 'oneOf', choices: ENTRY_SOURCES }));

// Only ids, names, steps, cues, times and what makes an entry what it is are required; every
// other field has a default (`withDefaults` in index.ts), so a hand-written file can be short.

/** A value as a backup file (and the sync mirror) carries it. */
export const valueSchema = v.object(
  {
    id,
    name: filledText(LIMITS.name),
    looksLike: v.optional(text(LIMITS.sentence)),
    why: v.optional(text(LIMITS.sentence)),
    status: v.optional(
      v.picklist(VALUE_STATUSES, fault({ code: 'oneOf', choices: VALUE_STATUSES })),
    ),
    createdAt: v.optional(epochMs),
  },
  fault({ code: 'group' }),
);

const pauseSchema = v.object({ from: epochMs, to: v.optional(epochMs) }, fault({ code: 'group' }));

/** A commitment as a backup file (and the sync mirror) carries it. */
export const commitmentSchema = v.object(
  {
    id,
    valueId: id,
    step: filledText(LIMITS.sentence),
    smallerStep: v.optional(text(LIMITS.sentence)),
    minutes: v.optional(
      v.pipe(
        v.number(fault({ code: 'minutes' })),
        v.minValue(0, fault({ code: 'notNegative' })),
        v.maxValue(24 * 60, fault({ code: 'atMostDay' })),
        noMinusZero,
      ),
    ),
    cue: v.pipe(
      v.looseObject({ kind: v.string(fault({ code: 'text' })) }, fault({ code: 'group' })),
      cueSchema,
    ),
    status: v.optional(
      v.picklist(COMMITMENT_STATUSES, fault({ code: 'oneOf', choices: COMMITMENT_STATUSES })),
    ),
    pauses: v.optional(v.array(pauseSchema, fault({ code: 'list' }))),
    createdAt: v.optional(epochMs),
  },
  fault({ code: 'group' }),
);

const entryBase = {
  id,
  at: epochMs,
  day: v.optional(day),
  source: v.optional(source),
  addedAt: v.optional(epochMs),
  updatedAt: v.optional(epochMs),
  // When it was last corrected; optional within version 1, read from older files.
  correctedAt: v.optional(epochMs),
  untimed: v.optional(v.literal(true, fault({ code: 'trueOrLeftOut' }))),
};

export const entrySchema = v.pipe(
  v.looseObject({ kind: v.string(fault({ code: 'text' })) }, fault({ code: 'group' })),
  v.variant(
    'kind',
    [
      v.pipe(
        v.object({
          ...entryBase,
          kind: v.literal('win'),
          commitmentId: v.optional(id),
          valueId: v.optional(id),
          text: v.optional(text(LIMITS.sentence)),
          stepText: v.optional(text(LIMITS.sentence)),
          // A win is the full step unless it says otherwise.
          size: v.optional(
            v.picklist(WIN_SIZES, fault({ code: 'oneOf', choices: WIN_SIZES })),
            'full',
          ),
          // How it felt, 1–5; optional within version 1.
          felt: v.optional(oneToFive),
          // How it was expected to go, 1–5; optional within version 1.
          expected: v.optional(oneToFive),
        }),
        v.check(
          (e) => e.commitmentId !== undefined || e.text !== undefined,
          fault({ code: 'needsWhatWasDone' }),
        ),
      ),
      v.object({
        ...entryBase,
        kind: v.literal('skip'),
        commitmentId: v.optional(id),
        valueId: v.optional(id),
        reason: v.optional(
          v.picklist(SKIP_REASONS, fault({ code: 'oneOf', choices: SKIP_REASONS })),
        ),
      }),
      v.object({
        ...entryBase,
        kind: v.literal('checkin'),
        mood: oneToFive,
        energy: oneToFive,
        note: v.optional(text(LIMITS.note)),
      }),
    ],
    fault({ code: 'oneOf', choices: ['win', 'skip', 'checkin'] }),
  ),
);

/** The settings as a backup file (and the sync mirror) carries them. */
export const settingsSchema = v.object(
  {
    remindersOn: v.optional(v.boolean(fault({ code: 'trueOrFalse' }))),
    quietHours: v.optional(
      v.nullable(v.object({ start: clock, end: clock }, fault({ code: 'groupOrNull' }))),
    ),
    maxRemindersPerDay: v.optional(
      v.pipe(
        v.number(fault({ code: 'count' })),
        v.integer(fault({ code: 'count' })),
        v.minValue(0, fault({ code: 'notNegative' })),
        v.maxValue(50, fault({ code: 'atMost', max: 50 })),
        noMinusZero,
      ),
    ),
    firstDayOfWeek: v.optional(weekdayAs(fault({ code: 'weekday' }))),
    theme: v.optional(v.picklist(THEMES, fault({ code: 'oneOf', choices: THEMES }))),
    language: v.optional(
      v.picklist(ACCEPTED_LANGUAGES, fault({ code: 'oneOf', choices: ACCEPTED_LANGUAGES })),
    ),
    // The country crisis help is for (issue 27), added within version 1: left out, not chosen.
    // Any two capital letters, not only the codes this build lists, so a file from a build
    // that knows a newer code still loads.
    country: v.optional(
      v.pipe(v.string(fault({ code: 'country' })), v.regex(COUNTRY, fault({ code: 'country' }))),
    ),
  },
  fault({ code: 'group' }),
);

/** A week's review: its first day, a reflection and the week's one step (all optional). */
const reviewSchema = v.object(
  {
    weekStart: day,
    helped: v.optional(text(LIMITS.note)),
    inTheWay: v.optional(text(LIMITS.note)),
    focusCommitmentId: v.optional(id),
  },
  fault({ code: 'group' }),
);

/** The whole file: what `parseBackup` checks before anything is stored. */
export const backupSchema = v.object(
  {
    // parseBackup checks the format first and says what the file says it is instead.
    format: v.literal(BACKUP_FORMAT, fault({ code: 'oneOf', choices: [BACKUP_FORMAT] })),
    version: v.literal(BACKUP_VERSION, fault({ code: 'version', version: BACKUP_VERSION })),
    exportedAt: v.optional(v.string(fault({ code: 'text' }))),
    values: v.optional(v.array(valueSchema, fault({ code: 'list' })), []),
    commitments: v.optional(v.array(commitmentSchema, fault({ code: 'list' })), []),
    entries: v.optional(
      v.pipe(
        v.array(entrySchema, fault({ code: 'list' })),
        v.maxLength(LIMITS.entries, fault({ code: 'atMostEntries', max: LIMITS.entries })),
      ),
      [],
    ),
    settings: v.optional(settingsSchema),
    // Added within version 1: older files have none, and older builds ignore it.
    reviews: v.optional(v.array(reviewSchema, fault({ code: 'list' })), []),
    // The plan for hard days, added within version 1 the same way (left out: none).
    hardDaysPlan: v.optional(hardDaysPlanSchema),
  },
  fault({ code: 'group' }),
);

/** A backup as read, before defaults are filled in. */
export type BackupInput = v.InferOutput<typeof backupSchema>;
