/** Builders for backup files that seed a profile the way a therapist's file would. */

const DAY = 24 * 60 * 60 * 1000;

/** A value, as the backup file holds it. */
export const health = {
  id: 'v-health',
  name: 'Health',
  looksLike: 'I move my body a little every day',
  why: 'Moving steadies my mood.',
  createdAt: Date.now() - 30 * DAY,
};

/** A second value. */
export const connection = {
  id: 'v-connection',
  name: 'Connection',
  looksLike: 'I reach out to someone',
  why: 'People keep me steady.',
  createdAt: Date.now() - 30 * DAY,
};

/** A commitment for `health` with the given cue. */
export function walk(cue: Record<string, unknown>, id = 'c-walk') {
  return {
    id,
    valueId: health.id,
    step: 'Walk for ten minutes',
    smallerStep: 'Put on my walking shoes',
    minutes: 10,
    cue,
    status: 'active',
    createdAt: Date.now() - 30 * DAY,
  };
}

/** A commitment for `connection` with the given cue. */
export function textFriend(cue: Record<string, unknown>, id = 'c-text') {
  return {
    id,
    valueId: connection.id,
    step: 'Text one friend',
    smallerStep: 'Open the chat with one friend',
    minutes: 2,
    cue,
    status: 'active',
    createdAt: Date.now() - 30 * DAY,
  };
}

/** A backup file's text. Quiet hours are off so tests run at any hour. */
export function backup(parts: {
  values?: unknown[];
  commitments?: unknown[];
  entries?: unknown[];
  settings?: Record<string, unknown>;
}): string {
  return JSON.stringify({
    format: 'footholds-backup',
    version: 1,
    values: parts.values ?? [health],
    commitments: parts.commitments ?? [],
    entries: parts.entries ?? [],
    settings: { quietHours: null, ...parts.settings },
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time cue at the start of the minute `minutesAhead` from now, on that day only. */
function cueAtMinute(
  now: Date,
  minutesAhead: number,
): { cue: Record<string, unknown>; due: number } {
  const due = new Date(now);
  due.setSeconds(0, 0);
  due.setMinutes(due.getMinutes() + minutesAhead);
  return {
    cue: {
      kind: 'time',
      at: `${pad(due.getHours())}:${pad(due.getMinutes())}`,
      days: [due.getDay()],
    },
    due: due.getTime(),
  };
}

/**
 * A time cue due at the next whole minute (the one after, if that is under 8 s away, so the
 * test can schedule it first), today only. Returns the cue and when it is due.
 */
export function nextMinuteCue(now = new Date()) {
  return cueAtMinute(now, 60 - now.getSeconds() < 8 ? 2 : 1);
}

/** A time cue whose occurrence is the start of the current minute, today: already due. */
export function thisMinuteCue(now = new Date()) {
  return cueAtMinute(now, 0);
}

/**
 * A time cue on tomorrow's weekday only, at this minute: its next reminder is a day away, and
 * none is owed today. (A cue at a fixed 13:00 every day is owed as a catch-up whenever the worker
 * wakes after 13:00, so a reminder test using one would fail when run after 13:00.)
 */
export function tomorrowCue(now = new Date()) {
  return {
    kind: 'time',
    at: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
    days: [(now.getDay() + 1) % 7],
  };
}
