import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { addEntry } from '@/utils/db/days';
import { addCommitment, addValue, setSettings } from '@/utils/db/plan';
import { addDays, dayStart } from '@/utils/model/day';
import type { Commitment, DayKey, Entry, Value, WinEntry } from '@/utils/model/types';
import { loadReview, loadSteps } from '@/utils/pages/options/loadViews';
import { reviewWeekStart } from '@/utils/pages/options/reviewWeek';
import { regularBand, stepsView } from '@/utils/pages/options/stepsView';

const TODAY = '2026-11-25'; // a Wednesday
const at = (day: DayKey, hour = 10) => {
  const d = dayStart(day);
  d.setHours(hour);
  return d.getTime();
};

const health: Value = {
  id: 'v1',
  name: 'Health',
  looksLike: '',
  why: '',
  status: 'active',
  createdAt: 1,
};
const calm: Value = {
  id: 'v2',
  name: 'Calm',
  looksLike: '',
  why: '',
  status: 'active',
  createdAt: 2,
};

function commitment(id: string, valueId: string, patch: Partial<Commitment> = {}): Commitment {
  return {
    id,
    valueId,
    step: `Step ${id}`,
    smallerStep: '',
    minutes: 5,
    cue: { kind: 'time', at: '09:00', days: [0, 1, 2, 3, 4, 5, 6] },
    status: 'active',
    createdAt: at(addDays(TODAY, -20)),
    ...patch,
  };
}

let seq = 0;
const win = (commitmentId: string, day: DayKey): WinEntry => ({
  id: `e${++seq}`,
  kind: 'win',
  at: at(day),
  day,
  source: 'popup',
  commitmentId,
  size: 'full',
});

describe('regularBand', () => {
  it('puts a 0–1 score into four calm bands', () => {
    expect(regularBand(0)).toBe('ready');
    expect(regularBand(0.19)).toBe('ready');
    expect(regularBand(0.2)).toBe('some');
    expect(regularBand(0.5)).toBe('many');
    expect(regularBand(0.7)).toBe('most');
    expect(regularBand(1)).toBe('most');
  });

  it('reads anything odd as ready when you are', () => {
    expect(regularBand(Number.NaN)).toBe('ready');
    expect(regularBand(-1)).toBe('ready');
  });
});

describe('stepsView', () => {
  it('groups steps under their values: in use, then paused; set aside apart', () => {
    const commitments = [
      commitment('c1', 'v1', { status: 'paused', createdAt: 10 }),
      commitment('c2', 'v1', { createdAt: 20 }),
      commitment('c3', 'v1', { status: 'archived' }),
      commitment('c4', 'v2'),
    ];
    const view = stepsView({ values: [health, calm], commitments, entries: [], today: TODAY });
    expect(view.groups.map((g) => g.value.id)).toEqual(['v1', 'v2']);
    expect(view.groups[0].steps.map((s) => s.commitment.id)).toEqual(['c2', 'c1']);
    expect(view.groups[0].archived.map((s) => s.commitment.id)).toEqual(['c3']);
    expect(view.groups[1].steps.map((s) => s.commitment.id)).toEqual(['c4']);
  });

  it('shows minutes the step’s words do not contradict (issue 19), stored as they were', () => {
    const draw = commitment('draw', 'v1', { step: 'Draw for two minutes', minutes: 5 });
    const text = commitment('text', 'v1', { step: 'Text one friend', minutes: 3 });
    const view = stepsView({
      values: [health],
      commitments: [draw, text],
      entries: [],
      today: TODAY,
    });
    expect(view.groups[0].steps.map((s) => [s.commitment.id, s.minutes])).toEqual([
      ['draw', 2],
      ['text', 3],
    ]);
    expect(view.groups[0].steps[0].commitment.minutes).toBe(5);
  });

  it('keeps a value with no steps', () => {
    const view = stepsView({ values: [calm], commitments: [], entries: [], today: TODAY });
    expect(view.groups).toEqual([{ value: calm, steps: [], archived: [] }]);
  });

  it('adds how regular each step has been, and a grow or shrink invitation when due', () => {
    const steady = commitment('steady', 'v1', { step: 'Walk for ten minutes' });
    const quiet = commitment('quiet', 'v1', { smallerStep: 'Stand up' });
    const entries: Entry[] = [];
    for (let back = 1; back <= 14; back++) entries.push(win('steady', addDays(TODAY, -back)));
    for (const back of [1, 2]) {
      const day = addDays(TODAY, -back);
      entries.push({
        id: `s${back}`,
        kind: 'skip',
        at: at(day),
        day,
        source: 'newtab',
        commitmentId: 'quiet',
      });
    }
    const input = { values: [health], commitments: [steady, quiet], entries, today: TODAY };
    const view = stepsView(input);
    const [a, b] = view.groups[0].steps;
    expect(a.commitment.id).toBe('steady');
    expect(a.consistency).toBeGreaterThan(0.9);
    expect(a.band).toBe('most');
    expect(a.offer).toEqual({
      kind: 'grow',
      commitmentId: 'steady',
      proposal: { step: 'Walk for twelve minutes', minutes: 12 },
    });
    expect(b.band).toBe('ready');
    expect(b.offer).toEqual({ kind: 'shrink', commitmentId: 'quiet' });
    // "Not now" on this device rests an offer.
    const rested = stepsView({ ...input, offerMemory: { quiet: { notNowUntil: '2099-01-01' } } });
    expect(rested.groups[0].steps[1].offer).toBeNull();
  });

  it('says how a step went beside how it was expected to go, from 3 such wins on (issue 28)', () => {
    const walk = commitment('walk', 'v1', { step: 'Walk', smallerStep: 'Put on my shoes' });
    const other = commitment('other', 'v1');
    const answered = (id: string, back: number, expected: 1 | 4, felt: 1 | 4): WinEntry => ({
      ...win(id, addDays(TODAY, -back)),
      expected,
      felt,
    });
    const entries = [
      answered('walk', 30, 4, 1), // before the 20 days the view reads: still the step's win
      answered('walk', 2, 4, 1),
      answered('walk', 1, 1, 4),
      answered('other', 2, 1, 4),
      answered('other', 1, 1, 4),
    ];
    const view = stepsView({ values: [health], commitments: [walk, other], entries, today: TODAY });
    const [a, b] = view.groups[0].steps;
    expect(a.expected).toMatchObject({ pairs: 3, harder: 2, better: 1, tone: 'harder', count: 2 });
    expect(b.expected).toBeNull();
  });

  it('offers nothing on a paused step', () => {
    const view = stepsView({
      values: [health],
      commitments: [commitment('p', 'v1', { status: 'paused' })],
      entries: [],
      today: TODAY,
    });
    expect(view.groups[0].steps[0].offer).toBeNull();
  });
});

describe('reviewWeekStart', () => {
  it('finds this week and the weeks before it, for either first day', () => {
    expect(reviewWeekStart(TODAY, 1, 0)).toBe('2026-11-23');
    expect(reviewWeekStart(TODAY, 1, -1)).toBe('2026-11-16');
    expect(reviewWeekStart(TODAY, 0, 0)).toBe('2026-11-22');
    expect(reviewWeekStart(TODAY, 0, -2)).toBe('2026-11-08');
    expect(reviewWeekStart(TODAY, 1, Number.NaN)).toBe('2026-11-23');
  });
});

describe('the loaders', () => {
  beforeEach(freshDatabase);
  const now = new Date(2026, 10, 25, 12);

  it('read the values-and-steps view', async () => {
    const value = await addValue({ name: 'Health', looksLike: 'I move', why: 'It helps.' });
    const c = await addCommitment({
      valueId: value.id,
      step: 'Walk',
      smallerStep: 'Shoes on',
      minutes: 5,
      cue: { kind: 'first-tab' },
    });
    await addEntry({ kind: 'win', source: 'options', commitmentId: c.id, size: 'full' });
    const view = await loadSteps();
    expect(view.values).toEqual([value]);
    expect(view.groups[0].steps.map((s) => s.commitment)).toEqual([c]);
    expect(view.groups[0].steps[0].consistency).toBeGreaterThan(0);
  });

  it('read an empty database', async () => {
    expect(await loadSteps(now)).toEqual({ values: [], groups: [], setAside: [], stopped: [] });
    const empty = await loadReview(0, now);
    expect(empty.review.totalWins).toBe(0);
    // Nothing yet: the person's first day is today, so nothing sits beside the week's count.
    expect(empty.counts).toEqual({ wins: 0, month: null, winDays: null });
    expect(empty.earliest).toBe(true);
  });

  it('read the review for this week or an earlier one, never a later one', async () => {
    const value = await addValue({ name: 'Health', looksLike: '', why: '' });
    const log = (day: DayKey) =>
      addEntry({
        kind: 'win',
        source: 'popup',
        valueId: value.id,
        text: 'Walked',
        size: 'full',
        at: at(day),
      });
    await log('2026-11-24');
    await log('2026-11-17');
    await log('2026-11-18');
    await log('2026-10-30');

    const thisWeek = await loadReview(0, now);
    expect(thisWeek.current).toBe(true);
    expect(thisWeek.today).toBe(TODAY);
    expect(thisWeek.review.weekStart).toBe('2026-11-23');
    expect(thisWeek.review.totalWins).toBe(1);
    expect(thisWeek.counts).toEqual({
      wins: 1,
      month: 3,
      winDays: { days: 4, of: 27, sinceFirstDay: true }, // the first win was on 30 October
    });

    const lastWeek = await loadReview(-1, now);
    expect(lastWeek.current).toBe(false);
    expect(lastWeek.review.weekStart).toBe('2026-11-16');
    expect(lastWeek.review.totalWins).toBe(2);
    expect(lastWeek.review.celebrate[0]).toMatchObject({ step: 'Walked', times: 2 });
    // A past week shows its own figures, as of its last day (22 Nov), never today's: its two
    // wins, that month's (more days than the week, so shown), and three win days up to then.
    expect(lastWeek.counts).toEqual({
      wins: 2,
      month: 2,
      winDays: { days: 3, of: 24, sinceFirstDay: true },
    });

    expect((await loadReview(2, now)).review.weekStart).toBe('2026-11-23');
  });

  it('start the week on the day the settings say', async () => {
    await setSettings({ firstDayOfWeek: 0 });
    expect((await loadReview(0, now)).review.weekStart).toBe('2026-11-22');
  });
});
