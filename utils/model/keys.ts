/**
 * Every name Footholds stores things under lives here, so no two places can drift apart:
 * the database, `storage.local` keys, `localStorage` keys and alarm names.
 */

/** The IndexedDB database every page and the worker open directly. */
export const DB_NAME = 'footholds';

/**
 * Bump with a new `if (oldVersion < n)` step in `utils/db/connection.ts`, and give the version
 * its fixture (`tests/fixtures/db-v<n>.json`) and its line in `tests/e2e/upgrades.spec.ts`: every
 * earlier database must upgrade with every record kept.
 */
export const DB_VERSION = 6;

/** `browser.storage.local` keys. */
export const STORAGE_KEYS = {
  /** Written after every data change so other pages and the worker wake up and refresh. */
  changed: 'footholds:changed',
  /**
   * Set once the welcome has opened on this profile. Uninstalling clears `storage.local`, so a
   * real reinstall is welcomed again; a build loaded from the command line is "installed" anew
   * at every launch and is not.
   */
  welcomed: 'footholds:welcomed',
  /** Test only, honoured in an unpacked build alone: how long "Remind me in 30 minutes" waits, in ms. */
  testSnoozeMs: 'footholds:test-snooze-ms',
} as const;

/** The BroadcastChannel on which pages hear about data changes. */
export const CHANGE_CHANNEL = 'footholds:changes';

/** `localStorage` keys (pages only; the worker has no localStorage). */
export const LOCAL_KEYS = {
  /** What the new tab painted last time, read synchronously for an instant first frame. */
  newtabSnapshot: 'footholds:newtab-snapshot',
  /** The theme, read synchronously so the first frame has the right colours. */
  theme: 'footholds:theme',
  /** The `language` setting, read synchronously so a page's first frame is in that language. */
  language: 'footholds:language',
  /** The day of the last new tab opened: only the day's first says it is the first. */
  firstTabDay: 'footholds:first-tab-day',
} as const;

/** Keys of the `state` store: small records the worker keeps between events. */
export const STATE_KEYS = {
  /** A counter raised in the same transaction as every data write: a snapshot is fresh when it
   * was built at the current version. */
  version: 'version',
  /** `ReminderLog` (core/reminderLog.ts): today's reminders, those held back or put off, how
   * each step's were answered, and a pause. */
  reminders: 'reminders',
  /** Epoch ms when the user went idle or locked the screen, or null while they are here. */
  awaySince: 'awaySince',
  /** `OfferMemory`: per step, until when "Not now" rests its resize offers. */
  offers: 'offers',
  /** `SyncState` (utils/db/syncState.ts): whether this computer syncs, its id, and what it
   * last knew of the browser's sync storage. Belongs to this computer: never in a backup. */
  sync: 'sync',
  /** `HardDaysOfferMemory` (core/hardDaysOffer.ts): when the offer of the plan for hard days was
   * last shown after a check-in, and when the person last said "Not now" to it. */
  hardDaysOffer: 'hardDaysOffer',
  /** `Expectations` (core/expected.ts): per step, how the person thought it would go today,
   * kept until the step's win exists and takes it as `expected`. Belongs to this computer. */
  expected: 'expected',
} as const;

/** Other alarm names. */
export const ALARMS = {
  /** Local midnight: the badge's count starts afresh and the plan is checked again. */
  newDay: 'new-day',
  /** Quiet hours end: reminders they held back today come once. */
  quietEnd: 'quiet-end',
  /** A pause of all reminders ends. */
  pauseEnd: 'pause-end',
} as const;

/** The alarm for sync's next write, when one waits for the gap between writes. Apart from
 * `ALARMS`, which the reminders' reconcile owns. */
export const SYNC_ALARM = 'sync-write';

/** Prefix of a put-off reminder's alarm ("Remind me in 30 minutes"); the rest is the commitment id. */
export const LATER_PREFIX = 'later:';

/** Prefix of every notification Footholds shows. */
export const NOTIFICATION_PREFIX = 'footholds';

/**
 * Prefix of every reminder alarm. The rest of the name is the commitment id for its cue's first
 * time (`cue:<id>`), and the id, `@` and the time for each of a time cue's more times
 * (`cue:<id>@15:00`).
 */
export const ALARM_PREFIX = 'cue:';

/** `@HH:MM` at the end of a more time's alarm name. */
const AT_TIME = /@([01]\d|2[0-3]):[0-5]\d$/;

/** The alarm name for a commitment's clock cue: its first time, or one of its more times. */
export function alarmName(commitmentId: string, moreTime?: string): string {
  return `${ALARM_PREFIX}${commitmentId}${moreTime === undefined ? '' : `@${moreTime}`}`;
}

/** The commitment id an alarm belongs to, or null if it is not a reminder alarm. */
export function commitmentIdOfAlarm(name: string): string | null {
  return name.startsWith(ALARM_PREFIX)
    ? name.slice(ALARM_PREFIX.length).replace(AT_TIME, '')
    : null;
}
