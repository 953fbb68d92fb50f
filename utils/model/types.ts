/**
 * The domain model, named as in DESIGN.md. Plain data only: these shapes are what the
 * database stores and what the backup file (a public contract) carries.
 */
import type { HardDaysPlan } from './hardDays';
import type { LanguageSetting } from './language';

/** A weekday number as `Date.getDay()` gives it: Sunday = 0 … Saturday = 6. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Local clock time, `HH:MM` (24-hour). */
export type ClockTime = string;

/** Local calendar day, `YYYY-MM-DD`. */
export type DayKey = string;

/** Whether a value is in use. A value set aside leaves the new tab and the pickers; history keeps it. */
export const VALUE_STATUSES = ['active', 'archived'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** Something the user cares about, and why. */
export interface Value {
  id: string;
  name: string;
  /** What this value looks like on an ordinary day. */
  looksLike: string;
  /** One sentence on why it matters. */
  why: string;
  status: ValueStatus;
  createdAt: number;
}

/** A local clock time on chosen weekdays; fires a reminder. */
export interface TimeCue {
  kind: 'time';
  at: ClockTime;
  days: Weekday[];
  /**
   * Up to `MORE_TIMES` more times the same days (a glass of water at 9:00 and 15:00): distinct,
   * none equal to `at`, sorted. Each has its own reminder, shown only while the step is not done
   * that day. Left out: one time a day.
   */
  alsoAt?: ClockTime[];
}

/** When the browser starts. */
export interface BrowserStartCue {
  kind: 'browser-start';
}

/** When the user comes back after at least `awayMinutes` idle or locked. */
export interface BackAtComputerCue {
  kind: 'back-at-computer';
  awayMinutes: number;
}

/** The first new tab of the day. */
export interface FirstTabCue {
  kind: 'first-tab';
}

/** An everyday moment the browser cannot see, with an optional time reminder. */
export interface AnchorCue {
  kind: 'anchor';
  text: string;
  remindAt?: ClockTime;
  days?: Weekday[];
}

/** What sets off a commitment. */
export type Cue = TimeCue | BrowserStartCue | BackAtComputerCue | FirstTabCue | AnchorCue;

/** The kinds of cue. */
export type CueKind = Cue['kind'];

/** Whether a commitment is in use. Pausing and archiving are normal, never a failure. */
export const COMMITMENT_STATUSES = ['active', 'paused', 'archived'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A micro-commitment: "When ⟨cue⟩, I will ⟨step⟩ — for ⟨value⟩." */
export interface Commitment {
  id: string;
  valueId: string;
  step: string;
  /** The version for heavy days. */
  smallerStep: string;
  /** Estimated minutes. */
  minutes: number;
  cue: Cue;
  status: CommitmentStatus;
  /**
   * When it was paused (epoch ms), newest last; `to` is left out while the pause goes on. Paused
   * days count neither for nor against the step's "Lately" band.
   */
  pauses?: Pause[];
  createdAt: number;
}

/** One stretch of a commitment being paused. */
export interface Pause {
  from: number;
  to?: number;
}

/** Which surface wrote an entry. */
export const ENTRY_SOURCES = ['popup', 'newtab', 'notification', 'options'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

/** Whether a win was the full step or its smaller step. */
export const WIN_SIZES = ['full', 'smaller'] as const;
export type WinSize = (typeof WIN_SIZES)[number];

/** Why a step was set aside today (optional, information only). */
export const SKIP_REASONS = ['too-big', 'no-time', 'not-today'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

interface EntryBase {
  id: string;
  /** Epoch milliseconds. */
  at: number;
  /** Local day of `at`. */
  day: DayKey;
  source: EntrySource;
  /** When it was entered, for an entry added later for a past day (back-fill). */
  addedAt?: number;
  /**
   * When the person last changed it by hand: a correction, how a win felt, why a step was set
   * aside. Every change stamps it (a sync merge keeps the newest); undo and delete leave nothing.
   */
  updatedAt?: number;
  /**
   * When the person last corrected it: what it was (words, step, value, size, the check-in) or
   * when (day, time). Saying how it felt or why it was skipped is no correction.
   */
  correctedAt?: number;
  /** A back-filled entry with no time given: `at` is midday, and time-of-day patterns leave it out. */
  untimed?: true;
}

/** A done step: a commitment's step or smaller step, or a free-text win with a value. */
export interface WinEntry extends EntryBase {
  kind: 'win';
  commitmentId?: string;
  valueId?: string;
  /** A free-text win's own words. */
  text?: string;
  /**
   * The words of the step this win was logged for, as they were then (the smaller step's when
   * `size` is `smaller`): renaming a step never rewrites the past.
   */
  stepText?: string;
  size: WinSize;
  /** How it felt, 1–5 ("How did it feel?", optional; added after Done). */
  felt?: Felt;
  /**
   * How the person thought it would go, 1–5 on the same scale ("How do you think it will go?",
   * optional; asked before Done and kept on this computer until the win exists).
   */
  expected?: Felt;
}

/** How a win felt, 1 (hard going) to 5 (really good). */
export type Felt = 1 | 2 | 3 | 4 | 5;

/** "Not today" — information, never a mark against anyone. */
export interface SkipEntry extends EntryBase {
  kind: 'skip';
  commitmentId?: string;
  valueId?: string;
  reason?: SkipReason;
}

/** A mood and energy check-in, each 1–5. */
export interface CheckinEntry extends EntryBase {
  kind: 'checkin';
  mood: number;
  energy: number;
  note?: string;
}

/** One line of the log, changed only by the person's own hand. */
export type Entry = WinEntry | SkipEntry | CheckinEntry;

/** The kinds of entry. */
export type EntryKind = Entry['kind'];

/** Quiet hours, which may wrap midnight (22:00–07:00). */
export interface QuietHours {
  start: ClockTime;
  end: ClockTime;
}

/** The colour theme; `system` follows the operating system. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** User settings. Every field has a default, so a backup may carry `{}`. */
export interface Settings {
  remindersOn: boolean;
  /** `null` means no quiet hours. */
  quietHours: QuietHours | null;
  maxRemindersPerDay: number;
  /** 0 = Sunday, 1 = Monday. */
  firstDayOfWeek: Weekday;
  theme: Theme;
  /** The language of every page and reminder; "auto" follows the browser's (model/language.ts). */
  language: LanguageSetting;
  /**
   * The country crisis help is for (ISO 3166-1 alpha-2, "US"); absent until the person chooses
   * one, when the pages use the browser's region (utils/core/crisis/country.ts). No default.
   */
  country?: string;
}

/** The settings a new user starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  remindersOn: true,
  quietHours: { start: '22:00', end: '07:00' },
  maxRemindersPerDay: 6,
  firstDayOfWeek: 1,
  theme: 'system',
  language: 'auto',
});

/**
 * A week's review as the person kept it: a reflection and the week's one chosen step, which
 * the new tab offers first that week. Keyed by the week's first day.
 */
export interface WeekReview {
  weekStart: DayKey;
  /** "What helped this week?" */
  helped?: string;
  /** "What got in the way?" */
  inTheWay?: string;
  /** "One step for this week": a commitment's id. */
  focusCommitmentId?: string;
}

/** Everything stored, as plain data (what a backup holds). */
export interface AllData {
  values: Value[];
  commitments: Commitment[];
  /** In time order. */
  entries: Entry[];
  settings: Partial<Settings>;
  /** Weekly reviews kept, oldest week first (left out: none). */
  reviews?: WeekReview[];
  /** The plan for hard days (left out: none). */
  hardDaysPlan?: HardDaysPlan;
}
