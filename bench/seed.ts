import type { BackupFile } from '../utils/core/backup';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../utils/core/backup';
import { addDays, dayKey, dayStart } from '../utils/model/day';
import type {
  Commitment,
  Cue,
  Entry,
  EntrySource,
  SkipReason,
  Value,
  Weekday,
} from '../utils/model/types';

/**
 * Five years of heavy use, as a backup file (the public format), for `npm run bench`:
 * 10 values, 40 commitments with every kind of cue, ~19.5 wins, ~0.5 skips and 3 check-ins a day
 * (≈ 42,000 entries) ending now. The random numbers come from a fixed seed, so every run makes
 * the same history (shifted to end today). `planOf` keeps its plan alone, for the sync rows.
 */
export interface SeedOptions {
  /** The last moment of the history; entries after it are left out. Default: now. */
  now?: Date;
  /** How many days of history, ending on the day of `now`. Default: five years. */
  days?: number;
  seed?: number;
}

const VALUE_NAMES: [string, string, string][] = [
  ['Health', 'I move my body a little', 'A steady body carries everything else.'],
  ['Connection', 'I reach out to someone', 'People keep me steady.'],
  ['Learning', 'I read or practise something new', 'Curiosity keeps the days open.'],
  ['Calm', 'I pause and breathe before reacting', 'Calm makes room for choices.'],
  ['Creativity', 'I make something, however small', 'Making things is how I think.'],
  ['Family', 'I am present with the people at home', 'They are why the rest matters.'],
  ['Nature', 'I step outside and notice the weather', 'The sky puts things in proportion.'],
  ['Craft', 'I do one careful piece of work', 'Good work is a quiet kind of care.'],
  ['Kindness', 'I do one kind thing unasked', 'Kindness is the world I want to live in.'],
  ['Play', 'I do something just for fun', 'Play keeps me from taking it all too hard.'],
];

const STEPS: [string, string, number][] = [
  ['Walk for ten minutes', 'Walk to the end of the street', 10],
  ['Text one friend', 'Open the chat with one friend', 2],
  ['Read ten pages', 'Read one page', 15],
  ['Breathe slowly for two minutes', 'Take three slow breaths', 2],
  ['Sketch for five minutes', 'Draw one line', 5],
  ['Eat dinner without a screen', 'Put the phone in another room for the first bite', 20],
  ['Drink a glass of water outside', 'Open the window and look out', 3],
  ['Tidy one drawer', 'Put one thing back where it lives', 5],
  ['Write a thank-you note', 'Write one line of thanks', 5],
  ['Play one song on the guitar', 'Tune the guitar', 5],
];

const ANCHORS = [
  'after my morning coffee',
  'when I sit down at my desk',
  'after lunch',
  'when I close the laptop',
  'before I brush my teeth',
];
const SOURCES: EntrySource[] = ['popup', 'popup', 'popup', 'newtab', 'notification', 'options'];
const REASONS: (SkipReason | undefined)[] = ['too-big', 'no-time', 'not-today', undefined];
const NOTES = ['heavy morning', 'slept well', 'busy day', 'quiet evening', 'a good talk'];

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same numbers. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the five-year backup file. */
export function fiveYearBackup(options: SeedOptions = {}): BackupFile {
  const now = options.now ?? new Date();
  const totalDays = options.days ?? 5 * 365;
  const random = prng(options.seed ?? 20261123);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

  const today = dayKey(now);
  const first = addDays(today, -(totalDays - 1));
  const at = (day: string, minutes: number) => {
    const d = dayStart(day);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, minutes).getTime();
  };
  const start = at(first, 8 * 60);

  const values: Value[] = VALUE_NAMES.map(([name, looksLike, why], i) => ({
    id: `v${i + 1}`,
    name,
    looksLike,
    why,
    status: 'active' as const,
    createdAt: start + i * 60_000,
  }));

  const commitments: Commitment[] = [];
  for (let i = 0; i < 40; i++) {
    const value = values[i % values.length];
    const [step, smallerStep, minutes] = STEPS[(i + Math.floor(i / 10)) % STEPS.length];
    commitments.push({
      id: `c${i + 1}`,
      valueId: value.id,
      step: i < 10 ? step : `${step} (${Math.floor(i / 10) + 1})`,
      smallerStep,
      minutes,
      cue: cueFor(i, int, pick),
      // Most are in use; some paused or put away, as happens over five years.
      status: i % 10 === 7 ? 'paused' : i % 20 === 9 ? 'archived' : 'active',
      // Created over the first year.
      createdAt: at(addDays(first, Math.floor((i * 365) / 40)), 9 * 60 + i),
    });
  }

  const entries: Entry[] = [];
  let n = 0;
  const nowMs = now.getTime();
  for (let d = 0; d < totalDays; d++) {
    const day = addDays(first, d);
    const open = commitments.filter((c) => dayKey(c.createdAt) <= day);
    const dayEntries: Entry[] = [];
    const wins = int(15, 24);
    for (let w = 0; w < wins; w++) {
      const when = at(day, int(7 * 60, 23 * 60 - 1));
      const source = pick(SOURCES);
      if (open.length && random() < 0.8) {
        const c = pick(open);
        dayEntries.push({
          id: `e${(n++).toString(36)}`,
          kind: 'win',
          at: when,
          day,
          source,
          commitmentId: c.id,
          valueId: c.valueId,
          size: random() < 0.2 ? 'smaller' : 'full',
        });
      } else {
        dayEntries.push({
          id: `e${(n++).toString(36)}`,
          kind: 'win',
          at: when,
          day,
          source,
          valueId: pick(values).id,
          text: `Small win number ${n}`,
          size: 'full',
        });
      }
    }
    if (open.length && random() < 0.5) {
      const c = pick(open);
      const reason = pick(REASONS);
      dayEntries.push({
        id: `e${(n++).toString(36)}`,
        kind: 'skip',
        at: at(day, int(9 * 60, 21 * 60)),
        day,
        source: pick(SOURCES),
        commitmentId: c.id,
        valueId: c.valueId,
        ...(reason ? { reason } : {}),
      });
    }
    for (const minutes of [int(7 * 60, 10 * 60), int(12 * 60, 15 * 60), int(19 * 60, 22 * 60)]) {
      const note = random() < 0.15 ? pick(NOTES) : undefined;
      dayEntries.push({
        id: `e${(n++).toString(36)}`,
        kind: 'checkin',
        at: at(day, minutes),
        day,
        source: 'popup',
        mood: int(1, 5),
        energy: int(1, 5),
        ...(note ? { note } : {}),
      });
    }
    for (const e of dayEntries) if (e.at <= nowMs) entries.push(e);
  }
  entries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));

  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    values,
    commitments,
    entries,
    settings: {},
  };
}

/** A mix of every cue kind, by commitment number. */
function cueFor(
  i: number,
  int: (min: number, max: number) => number,
  pick: <T>(list: readonly T[]) => T,
): Cue {
  const clock = () => `${String(int(6, 21)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
  switch (i % 5) {
    case 0: {
      const days: Weekday[] = i % 2 ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6];
      return { kind: 'time', at: clock(), days };
    }
    case 1:
      return { kind: 'browser-start' };
    case 2:
      return { kind: 'back-at-computer', awayMinutes: pick([15, 30, 60, 120]) };
    case 3:
      return { kind: 'first-tab' };
    default:
      return i % 2
        ? { kind: 'anchor', text: pick(ANCHORS), remindAt: clock(), days: [1, 3, 5] }
        : { kind: 'anchor', text: pick(ANCHORS) };
  }
}

/** The plan alone (values, steps and settings, no entries): what sync carries between computers. */
export function planOf(backup: BackupFile): BackupFile {
  return { ...backup, entries: [] };
}
