/**
 * The backup file's shape, field by field, as valibot schemas, with a plain-words message for
 * every rule (the public contract in DESIGN.md and the README).
 */
import * as v from 'valibot';
import { CLOCK_TIME } from '../../model/day';
import { LIMITS } from '../../model/limits';
import {
  COMMITMENT_STATUSES,
  ENTRY_SOURCES,
  SKIP_REASONS,
  THEMES,
  VALUE_STATUSES,
  WIN_SIZES,
} from '../../model/types';

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

// Only ids, names, steps, cues, times and what makes an entry what it is are required; every
// other field has a default (`withDefaults` in index.ts), so a hand-written file can be short.

const valueSchema = v.object(
  {
    id,
    name: filledText(LIMITS.name),
    looksLike: v.optional(text(LIMITS.sentence)),
    why: v.optional(text(LIMITS.sentence)),
    status: v.optional(v.picklist(VALUE_STATUSES, `must be one of ${VALUE_STATUSES.join(', ')}`)),
    createdAt: v.optional(epochMs),
  },
  'must be an object',
);

const pauseSchema = v.object({ from: epochMs, to: v.optional(epochMs) }, 'must be an object');

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
    smallerStep: v.optional(text(LIMITS.sentence)),
    minutes: v.optional(
      v.pipe(
        v.number('must be a number of minutes'),
        v.minValue(0, 'must not be negative'),
        v.maxValue(24 * 60, 'must be at most 1440 minutes'),
      ),
    ),
    cue: v.pipe(v.looseObject({ kind: v.string('must be text') }, 'must be an object'), cueSchema),
    status: v.optional(
      v.picklist(COMMITMENT_STATUSES, `must be one of ${COMMITMENT_STATUSES.join(', ')}`),
    ),
    pauses: v.optional(v.array(pauseSchema, 'must be a list')),
    createdAt: v.optional(epochMs),
  },
  'must be an object',
);

const entryBase = {
  id,
  at: epochMs,
  day: v.optional(v.pipe(v.string('must be text'), v.regex(DAY, 'must look like 2026-11-23'))),
  source: v.optional(source),
  addedAt: v.optional(epochMs),
  updatedAt: v.optional(epochMs),
  // When it was last corrected (issue 19); optional within version 1, read from older files.
  correctedAt: v.optional(epochMs),
  untimed: v.optional(v.literal(true, 'must be true or left out')),
};

const entrySchema = v.pipe(
  v.looseObject({ kind: v.string('must be text') }, 'must be an object'),
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
          size: v.optional(v.picklist(WIN_SIZES, 'must be full or smaller'), 'full'),
          // How it felt, 1–5 (issue 13); optional within version 1.
          felt: v.optional(oneToFive),
        }),
        v.check(
          (e) => e.commitmentId !== undefined || e.text !== undefined,
          'needs a commitmentId or a text (what was done)',
        ),
      ),
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

const dayKey = v.pipe(v.string('must be text'), v.regex(DAY, 'must look like 2026-11-23'));

/** A week's review: its first day, a reflection and the week's one step (all optional). */
const reviewSchema = v.object(
  {
    weekStart: dayKey,
    helped: v.optional(text(LIMITS.note)),
    inTheWay: v.optional(text(LIMITS.note)),
    focusCommitmentId: v.optional(id),
  },
  'must be an object',
);

/** The whole file: what `parseBackup` checks before anything is stored. */
export const backupSchema = v.object(
  {
    format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
    version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}`),
    exportedAt: v.optional(v.string('must be text')),
    values: v.optional(v.array(valueSchema, 'must be a list'), []),
    commitments: v.optional(v.array(commitmentSchema, 'must be a list'), []),
    entries: v.optional(
      v.pipe(
        v.array(entrySchema, 'must be a list'),
        v.maxLength(LIMITS.entries, `must hold at most ${LIMITS.entries} entries`),
      ),
      [],
    ),
    settings: v.optional(settingsSchema),
    // Added within version 1 (issue 14): older files have none, and older builds ignore it.
    reviews: v.optional(v.array(reviewSchema, 'must be a list'), []),
  },
  'must be an object',
);

/** A backup as read, before defaults are filled in. */
export type BackupInput = v.InferOutput<typeof backupSchema>;
