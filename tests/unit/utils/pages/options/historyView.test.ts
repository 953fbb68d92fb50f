import { describe, expect, it } from 'vitest';
import {
  emptyEntryDraft,
  entryDraftFrom,
  entryFromDraft,
  entryProblems,
} from '../../../../../utils/core/drafts/entryDraft';
import { historyView, monthRange, monthsOf } from '../../../../../utils/pages/options/historyView';
import { checkin, makeCommitment, makeValue, skip, win } from '../../../factories';

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
    // The note is kept apart, so it reads in its own direction (issue 19).
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
