import { describe, expect, it } from 'vitest';
import type { Commitment, Entry, Value } from '@/utils/model/types';
import { buildSnapshot, todayView } from '@/utils/pages/newtab/todayView';
import { popupView } from '@/utils/pages/popup/popupView';

const value: Value = {
  id: 'v',
  name: 'Health',
  looksLike: 'I move',
  why: 'It helps.',
  status: 'active',
  createdAt: 0,
};
const walk: Commitment = {
  id: 'c',
  valueId: 'v',
  step: 'Walk for ten minutes',
  smallerStep: 'Put on my shoes',
  minutes: 10,
  cue: { kind: 'time', at: '13:00', days: [1] },
  status: 'active',
  createdAt: 0,
};
const day = '2026-11-23'; // a Monday
const now = new Date(2026, 10, 23, 9);
const base = {
  values: [value],
  commitments: [walk],
  entries: [] as Entry[],
  settings: { firstDayOfWeek: 1 as const },
  day,
  now,
};
const win = (id: string, d: string, extra: Partial<Entry> = {}): Entry =>
  ({
    id,
    kind: 'win',
    at: new Date(`${d}T10:00`).getTime(),
    day: d,
    source: 'popup',
    size: 'full',
    ...extra,
  }) as Entry;

describe('todayView', () => {
  it('states the day’s value and offers its step', () => {
    const view = todayView(base);
    expect(view).toMatchObject({
      heading: 'Health',
      looksLike: 'I move',
      why: 'It helps.',
      firstRun: false,
    });
    expect(view.suggestion).toMatchObject({ kind: 'commitment', step: 'Walk for ten minutes' });
  });

  it('welcomes a new person', () => {
    const view = todayView({ ...base, values: [], commitments: [] });
    expect(view).toMatchObject({ firstRun: true, heading: 'Welcome to Footholds' });
  });

  it('leads with a step asked for by link, in its smaller size', () => {
    const view = todayView({ ...base, lead: { commitmentId: 'c', size: 'smaller' } });
    expect(view.suggestion).toMatchObject({ step: 'Put on my shoes', size: 'smaller' });
  });

  it('counts this week’s wins as evidence', () => {
    const view = todayView({ ...base, entries: [win('a', day), win('b', '2026-11-22')] });
    expect(view.winsToday).toBe(1);
    expect(view.winsWeek).toBe(1); // Sunday belongs to last week when weeks start on Monday
  });

  it('never says "About 5 minutes" under a step whose words name its length (issue 19)', () => {
    // A step saved with the editor's default before it read minutes from the words.
    const draw = {
      ...walk,
      step: 'Draw for two minutes',
      smallerStep: 'Hold a pencil',
      minutes: 5,
    };
    const view = todayView({ ...base, commitments: [draw] });
    expect(view.suggestion).toMatchObject({ step: 'Draw for two minutes', minutes: 2 });
    expect(
      todayView({ ...base, commitments: [draw], lead: { commitmentId: 'c', size: 'full' } })
        .suggestion.minutes,
    ).toBe(2);
    expect(buildSnapshot({ ...base, commitments: [draw] }).days[day].suggestion.minutes).toBe(2);
    // Minutes that fit the words, or a step with no length in its words, keep their own.
    const text = { ...walk, step: 'Text one friend', minutes: 3 };
    expect(todayView({ ...base, commitments: [text] }).suggestion.minutes).toBe(3);
    expect(todayView(base).suggestion.minutes).toBe(10);
  });

  it('keeps today and tomorrow in the snapshot', () => {
    const snap = buildSnapshot({ ...base, version: 7 });
    expect(snap.version).toBe(7);
    expect(Object.keys(snap.days)).toEqual([day, '2026-11-24']);
    expect(snap.days[day].heading).toBe('Health');
  });
});

describe('popupView', () => {
  it('lists today’s steps with what was logged, and today’s entries in order', () => {
    const entries = [
      win('w2', day, { at: new Date(`${day}T11:00`).getTime(), commitmentId: 'c' }),
      win('w1', day),
    ];
    const view = popupView({
      values: [value],
      commitments: [walk],
      entries,
      day,
      firstDayOfWeek: 1,
    });
    expect(view.steps).toHaveLength(1);
    expect(view.steps[0].logged?.id).toBe('w2');
    expect(view.today.map((e) => e.id)).toEqual(['w1', 'w2']);
    expect(view.winsToday).toBe(2);
  });

  it('leaves out paused steps and steps not planned for today', () => {
    const paused = { ...walk, id: 'p', status: 'paused' as const };
    const tuesday = {
      ...walk,
      id: 't',
      cue: { kind: 'time' as const, at: '08:00', days: [2 as const] },
    };
    const view = popupView({
      values: [value],
      commitments: [walk, paused, tuesday],
      entries: [],
      day,
      firstDayOfWeek: 1,
    });
    expect(view.steps.map((s) => s.commitment.id)).toEqual(['c']);
  });
});
