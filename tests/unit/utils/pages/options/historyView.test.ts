import { describe, expect, it } from 'vitest';
import { checkin, makeCommitment, makeValue, skip, win } from '@/tests/unit/factories';
import {
  emptyEntryDraft,
  entryDraftFrom,
  entryFromDraft,
  entryProblems,
} from '@/utils/core/drafts/entryDraft';
import type { Entry } from '@/utils/model/types';
import { historyView, monthRange, monthsOf } from '@/utils/pages/options/historyView';

const values = [makeValue('v1', 'Health')];
const commitments = [
  makeCommitment('c1', { step: 'Walk for ten minutes', smallerStep: 'Shoes on' }),
];

describe('History', () => {
  it('lists a month newest day first, each entry in words, with added-later and corrected marks', () => {
    const entries = [
      win('2026-11-02', { commitmentId: 'c1', stepText: 'Walk for ten minutes', hour: 9 }),
      checkin('2026-11-05', 2, 3, { note: 'tired' }),
      skip('2026-11-05', { commitmentId: 'c1', reason: 'too-big' }),
      win('2026-11-03', { text: 'Called my sister', valueId: 'v1', addedAt: 1, untimed: true }),
      win('2026-11-04', {
        commitmentId: 'c1',
        stepText: 'Shoes on',
        size: 'smaller',
        updatedAt: 5,
        correctedAt: 5,
      }),
    ];
    const view = historyView({
      month: '2026-11',
      months: ['2026-11'],
      entries,
      values,
      commitments,
      filter: 'all',
    });
    expect(view.days.map((d) => d.day)).toEqual([
      '2026-11-05',
      '2026-11-04',
      '2026-11-03',
      '2026-11-02',
    ]);
    const words = view.days.flatMap((d) => d.items.map((i) => i.what));
    expect(words).toContain('Check-in: mood 2 (low), energy 3 (some)');
    // The note is kept apart, so it reads in its own direction.
    expect(view.days[0].items.find((i) => i.entry.kind === 'checkin')?.note).toBe('tired');
    expect(words).toContain('Not today: Walk for ten minutes (it felt too big)');
    expect(words).toContain('Called my sister for Health');
    expect(words).toContain('Shoes on for Health (the smaller step)');
    const added = view.days[2].items[0];
    expect(added).toMatchObject({ addedLater: true, time: null });
    expect(view.days[1].items[0].corrected).toBe(true);
    const wins = historyView({
      month: '2026-11',
      months: [],
      entries,
      values,
      commitments,
      filter: 'win',
    });
    expect(wins.days.flatMap((d) => d.items).every((i) => i.entry.kind === 'win')).toBe(true);
  });

  it('knows its months and their days', () => {
    expect(monthsOf(['2025-12-31', '2026-01-01', '2026-01-20'])).toEqual(['2026-01', '2025-12']);
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('"corrected" means what changed (issue 19)', () => {
  const shown = (entries: Entry[]) =>
    historyView({ month: '2026-11', months: [], entries, values, commitments, filter: 'all' })
      .days.flatMap((d) => d.items)
      .map((i) => [i.entry.id, i.corrected]);

  it('answering "How did it feel?" or choosing a reason stamps updatedAt, but is no correction', () => {
    const felt = win('2026-11-02', { id: 'felt', commitmentId: 'c1', felt: 4, updatedAt: 7 });
    const reason = skip('2026-11-03', { id: 'reason', commitmentId: 'c1', reason: 'no-time' });
    const moved = win('2026-11-04', { id: 'moved', commitmentId: 'c1', updatedAt: 9 });
    const movedDraft = { ...entryDraftFrom(moved), time: '18:30' };
    const entries = [
      felt,
      entryFromDraft({ ...entryDraftFrom(reason), reason: 'too-big' }, 'skip', 8, reason),
      entryFromDraft(movedDraft, 'win', 10, moved, commitments[0]),
    ];
    expect(entries[1]).toMatchObject({ reason: 'too-big', updatedAt: 8 });
    expect(entries[2]).toMatchObject({ updatedAt: 10, correctedAt: 10 });
    expect(shown(entries)).toEqual([
      ['moved', true],
      ['reason', false],
      ['felt', false],
    ]);
  });

  it('stamps correctedAt for a change of words, step size, value, mood, note, day or time', () => {
    const before = win('2026-11-04', { commitmentId: 'c1', stepText: 'Walk', valueId: 'v1' });
    const draft = entryDraftFrom(before);
    for (const change of [
      { words: 'Walked far' },
      { size: 'smaller' as const },
      { valueId: 'v2' },
      { day: '2026-11-03' },
      { time: '07:05' },
    ]) {
      const after = entryFromDraft({ ...draft, ...change }, 'win', 11, before, commitments[0]);
      expect(after, JSON.stringify(change)).toMatchObject({ updatedAt: 11, correctedAt: 11 });
    }
    const mood = checkin('2026-11-04', 2, 3);
    for (const change of [{ mood: 3 }, { energy: 1 }, { note: 'slow' }]) {
      const after = entryFromDraft({ ...entryDraftFrom(mood), ...change }, 'checkin', 12, mood);
      expect(after, JSON.stringify(change)).toMatchObject({ correctedAt: 12 });
    }
  });

  it('keeps an earlier correction, how a win felt, and an entry saved unchanged as it was', () => {
    const old = skip('2026-11-03', { reason: 'no-time', updatedAt: 3, correctedAt: 3 });
    expect(entryFromDraft({ ...entryDraftFrom(old), reason: '' }, 'skip', 8, old)).toMatchObject({
      updatedAt: 8,
      correctedAt: 3,
    });
    const felt = win('2026-11-04', {
      commitmentId: 'c1',
      stepText: 'Walk',
      felt: 5,
      expected: 2,
      updatedAt: 4,
    });
    // How it felt and how it was expected to go are answers, not what History corrects: kept.
    expect(
      entryFromDraft({ ...entryDraftFrom(felt), words: 'Walked' }, 'win', 9, felt, commitments[0]),
    ).toMatchObject({ felt: 5, expected: 2, stepText: 'Walked', correctedAt: 9 });
    expect(
      entryFromDraft({ ...entryDraftFrom(felt), time: '18:30' }, 'win', 9, felt, commitments[0]),
    ).toMatchObject({ felt: 5, expected: 2 });
    // Saved with nothing changed: the entry stays exactly as it was, to the millisecond.
    const odd = { ...felt, at: felt.at + 37_123 };
    expect(entryFromDraft(entryDraftFrom(odd), 'win', 9, odd, commitments[0])).toBe(odd);
  });
});

describe('an entry as it is corrected or added', () => {
  it('never takes a future day, and a win needs words or a step', () => {
    const draft = { ...emptyEntryDraft('2026-11-23'), day: '2026-11-24' };
    expect(entryProblems(draft, 'win', '2026-11-23')).toMatchObject({
      day: expect.any(String),
      words: expect.any(String),
    });
    expect(
      entryProblems({ ...draft, day: '2026-11-20' }, 'win', '2026-11-23', commitments[0]),
    ).toEqual({});
    expect(entryProblems({ ...draft, day: '2026-11-20' }, 'checkin', '2026-11-23')).toHaveProperty(
      'scale',
    );
  });

  it('keeps a corrected entry’s id and source, stamps updatedAt, and moves it to its new day', () => {
    const before = win('2026-11-02', {
      commitmentId: 'c1',
      stepText: 'Walk for ten minutes',
      source: 'popup',
    });
    const draft = {
      ...entryDraftFrom(before),
      day: '2026-11-01',
      time: '18:30',
      words: 'Walked far',
    };
    const after = entryFromDraft(draft, 'win', 99, before, commitments[0]);
    expect(after).toMatchObject({
      id: before.id,
      source: 'popup',
      day: '2026-11-01',
      updatedAt: 99,
      stepText: 'Walked far',
      commitmentId: 'c1',
    });
    expect(new Date(after.at).getHours()).toBe(18);
    expect(after).not.toHaveProperty('addedAt');
  });

  it('adds a past win at midday when no time is given, untimed, with addedAt and its step’s words', () => {
    const draft = {
      ...emptyEntryDraft('2026-11-23'),
      day: '2026-11-20',
      commitmentId: 'c1',
      size: 'smaller' as const,
    };
    const added = entryFromDraft(draft, 'win', 42, undefined, commitments[0]);
    expect(added).toMatchObject({
      day: '2026-11-20',
      addedAt: 42,
      untimed: true,
      source: 'options',
      stepText: 'Shoes on',
      valueId: 'v1',
    });
    expect(new Date(added.at).getHours()).toBe(12);
  });
});
