import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  at,
  checkin,
  EVERY_DAY,
  makeCommitment,
  makeValue,
  skip,
  win,
} from '@/tests/unit/factories';
import { BODY_BASICS, STARTERS, VALUE_TEMPLATES } from '@/utils/copy/templates';
import { type Suggestion, suggestionKey } from '@/utils/core/suggest/suggestion';
import { dayValue, suggestStep } from '@/utils/core/suggest/suggestStep';
import { templateFor } from '@/utils/core/templates';
import { addDays, weekdayOf } from '@/utils/model/day';
import type { Commitment, Entry, Value } from '@/utils/model/types';

// --- Fixtures (entry builders in tests/unit/factories.ts) -----------------------------------

/** A value whose name matches no template, unless a name is given. */
const value = (id: string, name = `Quiet craft ${id}`): Value => makeValue(id, name);

const commitment = (id: string, valueId: string, o: Partial<Commitment> = {}): Commitment =>
  makeCommitment(id, { valueId, minutes: 3, ...o });

const DAY = '2026-11-25'; // a Wednesday
const NOW = new Date(at(DAY, 11));

/** Two values; `main` is the one `dayValue` picks on DAY with the given entries, `other` the other. */
const twoValues = (entries: Entry[] = []) => {
  const values = [value('v1'), value('v2')];
  const main = dayValue(values, entries, DAY) as Value;
  const other = values.find((v) => v.id !== main.id) as Value;
  return { values, main, other };
};

const suggest = (
  values: Value[],
  commitments: Commitment[],
  entries: Entry[] = [],
  day = DAY,
): Suggestion => suggestStep({ values, commitments, entries, day, now: NOW }, STARTERS);

// --- dayValue ---------------------------------------------------------------------------------

describe('dayValue', () => {
  const values = [value('a'), value('b'), value('c')];

  it('is null with no values', () => {
    expect(dayValue([], [win(DAY, { valueId: 'a' })], DAY)).toBeNull();
  });

  it('gives the only value', () => {
    expect(dayValue([values[0]], [], DAY)).toBe(values[0]);
  });

  it('rotates across days', () => {
    const picks = Array.from({ length: 30 }, (_, i) => dayValue(values, [], addDays(DAY, i))?.id);
    expect(new Set(picks)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('does not depend on the order of the values', () => {
    for (let i = 0; i < 20; i++) {
      const day = addDays(DAY, i);
      expect(dayValue([...values].reverse(), [], day)?.id).toBe(dayValue(values, [], day)?.id);
    }
  });

  it('leans toward the value with the fewest wins in the seven days before', () => {
    // Value a gets three wins every day for months; b and c get none.
    const days = Array.from({ length: 120 }, (_, i) => addDays('2026-08-01', i));
    const entries = days.flatMap((d) => [0, 1, 2].map(() => win(d, { valueId: 'a' })));
    const picks = days.slice(10).map((d) => dayValue(values, entries, d)?.id);
    const a = picks.filter((p) => p === 'a').length;
    expect(a / picks.length).toBeLessThan(0.15);
    expect(picks).toContain('b');
    expect(picks).toContain('c');
  });

  it('reads only the seven days before the day', () => {
    const old = [win(addDays(DAY, -8), { valueId: 'a' }), win(addDays(DAY, -30), { valueId: 'b' })];
    expect(dayValue(values, old, DAY)).toBe(dayValue(values, [], DAY));
  });

  it('stays the same all day, whatever is logged today or later', () => {
    const row = fc.record({
      offset: fc.integer({ min: -10, max: 2 }),
      valueId: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.array(row, { maxLength: 10 }),
        (past, later) => {
          const before = past
            .filter((r) => r.offset < 0)
            .map((r) => win(addDays(DAY, r.offset), { valueId: r.valueId }));
          const todayOn = later.map((r) =>
            win(addDays(DAY, Math.abs(r.offset)), { valueId: r.valueId }),
          );
          expect(dayValue(values, [...before, ...todayOn], DAY)).toBe(
            dayValue(values, before, DAY),
          );
        },
      ),
    );
  });
});

// --- suggestStep ------------------------------------------------------------------------------

describe('suggestStep', () => {
  it('asks for setup when there are no values, still with a doable step', () => {
    const s = suggest([], [commitment('c1', 'v1')]);
    expect(s).toMatchObject({ kind: 'setup', reason: 'no-values', value: null, size: 'full' });
    expect(BODY_BASICS.map((t) => t.step)).toContain(s.step);
  });

  it('leads with a first-tab commitment not yet handled today', () => {
    const { values, main } = twoValues();
    const early = commitment('c1', main.id, {
      cue: { kind: 'time', at: '06:00', days: EVERY_DAY },
    });
    const firstTab = commitment('c2', main.id, { cue: { kind: 'first-tab' } });
    const s = suggest(values, [early, firstTab]);
    expect(s).toMatchObject({
      kind: 'commitment',
      reason: 'first-tab',
      commitment: firstTab,
      value: main,
      step: 'Step c2',
      smallerStep: 'Smaller c2',
      minutes: 3,
      size: 'full',
    });
    // Once done, or set aside, the day moves on.
    expect(suggest(values, [early, firstTab], [win(DAY, { commitmentId: 'c2' })]).commitment).toBe(
      early,
    );
    expect(suggest(values, [early, firstTab], [skip(DAY, { commitmentId: 'c2' })]).commitment).toBe(
      early,
    );
  });

  it("prefers a due step for today's value, earliest clock time first", () => {
    const { values, main, other } = twoValues();
    const commitments = [
      commitment('c1', other.id, { cue: { kind: 'time', at: '07:00', days: EVERY_DAY } }),
      commitment('c2', main.id, { cue: { kind: 'time', at: '18:00', days: EVERY_DAY } }),
      commitment('c3', main.id, { cue: { kind: 'time', at: '12:30', days: EVERY_DAY } }),
    ];
    const s = suggest(values, commitments);
    expect(s).toMatchObject({ kind: 'commitment', reason: 'due', value: main, size: 'full' });
    expect(s.commitment?.id).toBe('c3');
    const afterOne = suggest(values, commitments, [win(DAY, { commitmentId: 'c3' })]);
    expect(afterOne.commitment?.id).toBe('c2');
  });

  it("turns to another value's step when today's value has nothing due", () => {
    const { values, main, other } = twoValues();
    const notToday = EVERY_DAY.filter((d) => d !== weekdayOf(DAY));
    const commitments = [
      commitment('c1', main.id, { cue: { kind: 'time', at: '07:00', days: notToday } }),
      commitment('c2', other.id, { cue: { kind: 'back-at-computer', awayMinutes: 30 } }),
      commitment('c3', other.id, { cue: { kind: 'time', at: '20:00', days: EVERY_DAY } }),
      commitment('c4', main.id, { status: 'paused' }),
      commitment('c5', main.id, { status: 'archived' }),
    ];
    const s = suggest(values, commitments);
    // A clock time comes before a cue without one.
    expect(s).toMatchObject({ kind: 'commitment', reason: 'due', value: other });
    expect(s.commitment?.id).toBe('c3');
    expect(suggest(values, commitments, [win(DAY, { commitmentId: 'c3' })]).commitment?.id).toBe(
      'c2',
    );
  });

  it('orders by creation when clock times are equal', () => {
    const { values, main } = twoValues();
    const older = commitment('c9', main.id, { createdAt: at('2026-10-01') });
    const newer = commitment('c1', main.id, { createdAt: at('2026-11-01') });
    expect(suggest(values, [newer, older]).commitment).toBe(older);
  });

  it('offers the smaller step on a heavy day, by the latest check-in', () => {
    const { values, main } = twoValues();
    const c = commitment('c1', main.id);
    const low = suggest(values, [c], [checkin(DAY, 4, 2)]);
    expect(low).toMatchObject({
      kind: 'commitment',
      reason: 'low-energy',
      step: 'Smaller c1',
      smallerStep: 'Smaller c1',
      size: 'smaller',
    });
    expect(low.minutes).toBeUndefined();
    expect(suggest(values, [c], [checkin(DAY, 1, 5)]).size).toBe('smaller');
    // A lighter check-in later in the day is the one that counts.
    const later = [checkin(DAY, 1, 1, { at: at(DAY, 8) }), checkin(DAY, 4, 4, { at: at(DAY, 10) })];
    expect(suggest(values, [c], later)).toMatchObject({ reason: 'due', size: 'full' });
    // Two check-ins at the same moment: the answer does not depend on the order of the log.
    const tied = [checkin(DAY, 1, 1, { id: 'a' }), checkin(DAY, 4, 4, { id: 'b' })];
    expect(suggest(values, [c], tied)).toEqual(suggest(values, [c], [...tied].reverse()));
    // Yesterday's check-in is not today's.
    expect(suggest(values, [c], [checkin(addDays(DAY, -1), 1, 1)]).size).toBe('full');
  });

  it('keeps a first-tab reason while offering its smaller step on a heavy day', () => {
    const { values, main } = twoValues();
    const c = commitment('c1', main.id, { cue: { kind: 'first-tab' } });
    expect(suggest(values, [c], [checkin(DAY, 2, 2)])).toMatchObject({
      reason: 'first-tab',
      step: 'Smaller c1',
      size: 'smaller',
    });
  });

  it('offers the smaller step after two skips in the last three scheduled days', () => {
    const { values, main } = twoValues();
    const c = commitment('c1', main.id);
    const twoOfThree = [
      skip(addDays(DAY, -1), { commitmentId: 'c1', reason: 'too-big' }),
      win(addDays(DAY, -2), { commitmentId: 'c1' }),
      skip(addDays(DAY, -3), { commitmentId: 'c1' }),
    ];
    expect(suggest(values, [c], twoOfThree)).toMatchObject({
      reason: 'recent-skips',
      step: 'Smaller c1',
      size: 'smaller',
    });
    // Further back than three scheduled days does not count.
    const older = [
      skip(addDays(DAY, -1), { commitmentId: 'c1' }),
      win(addDays(DAY, -2), { commitmentId: 'c1' }),
      win(addDays(DAY, -3), { commitmentId: 'c1' }),
      skip(addDays(DAY, -4), { commitmentId: 'c1' }),
    ];
    expect(suggest(values, [c], older).size).toBe('full');
    // A day with a skip and then a win was done.
    const doneAfter = [
      ...twoOfThree,
      win(addDays(DAY, -1), { commitmentId: 'c1', size: 'smaller' }),
    ];
    expect(suggest(values, [c], doneAfter).size).toBe('full');
  });

  it('counts only scheduled days when looking for skips', () => {
    const { values, main } = twoValues();
    // Wednesdays only: the last three are 18, 11 and 4 November.
    const c = commitment('c1', main.id, { cue: { kind: 'time', at: '09:00', days: [3] } });
    const entries = [
      skip('2026-11-18', { commitmentId: 'c1' }),
      skip('2026-11-11', { commitmentId: 'c1' }),
      win('2026-11-24', { commitmentId: 'c1' }),
    ];
    expect(suggest(values, [c], entries).reason).toBe('recent-skips');
  });

  it('offers a starter step from the template when the value has no commitment', () => {
    const template = VALUE_TEMPLATES[0];
    const values = [value('v1', template.name)];
    const s = suggest(values, [commitment('c1', 'v1', { status: 'paused' })]);
    expect(s).toMatchObject({ kind: 'starter', reason: 'no-commitment', value: values[0] });
    const steps = (templateFor(template.name, VALUE_TEMPLATES)?.steps ?? []).map((t) => t.step);
    expect(steps).toContain(s.step);
    expect(s.smallerStep).toBeTruthy();
    expect(s.minutes).toBeGreaterThan(0);
  });

  it('falls back to body basics for a value without a template', () => {
    const s = suggest([value('v1')], []);
    expect(s).toMatchObject({ kind: 'starter', reason: 'no-commitment', size: 'full' });
    expect(BODY_BASICS.map((t) => t.step)).toContain(s.step);
    const heavy = suggest([value('v1')], [], [checkin(DAY, 2, 4)]);
    expect(heavy.size).toBe('smaller');
    expect(BODY_BASICS.map((t) => t.smallerStep)).toContain(heavy.step);
  });

  it('picks starter steps by day', () => {
    const values = [value('v1')];
    for (let i = 0; i < 10; i++) {
      const day = addDays(DAY, i);
      expect(suggest(values, [], [], day)).toEqual(suggest(values, [], [], day));
    }
  });

  it('offers an optional extra once everything planned today is handled', () => {
    const values = [value('v1')];
    const commitments = [commitment('c1', 'v1')];
    const s = suggest(values, commitments, [win(DAY, { commitmentId: 'c1' })]);
    expect(s).toMatchObject({ kind: 'extra', reason: 'all-done', value: values[0] });
    expect(BODY_BASICS.map((t) => t.step)).toContain(s.step);
    expect(s.commitment).toBeUndefined();
  });

  it('does not offer an extra already done today, and rests when none is left', () => {
    const values = [value('v1')];
    const commitments = [commitment('c1', 'v1')];
    const handled = [skip(DAY, { commitmentId: 'c1', reason: 'not-today' })];
    const allButLast = BODY_BASICS.slice(0, -1).map((t) => win(DAY, { text: t.step }));
    const last = BODY_BASICS[BODY_BASICS.length - 1];
    expect(suggest(values, commitments, [...handled, ...allButLast]).step).toBe(last.step);
    const all = [...allButLast, win(DAY, { text: ` ${last.step.toUpperCase()} ` })];
    expect(suggest(values, commitments, [...handled, ...all])).toMatchObject({
      kind: 'rest',
      reason: 'all-done',
      step: '',
    });
  });

  it('never offers as an extra the words of a step done today (issue 20)', () => {
    const values = [value('v1', 'Connection')];
    const template = templateFor('Connection', VALUE_TEMPLATES);
    expect(template?.steps.length).toBeGreaterThan(0);
    // Every starter step of the value is one of the person's steps, each done today.
    const commitments = (template?.steps ?? []).map((t, i) =>
      commitment(`c${i}`, 'v1', { step: t.step, smallerStep: t.smallerStep }),
    );
    const wins = commitments.map((c) => win(DAY, { commitmentId: c.id, stepText: c.step }));
    for (let n = 0; n < 10; n++) {
      const day = addDays(DAY, n);
      const s = suggest(
        values,
        commitments,
        wins.map((w) => ({ ...w, day })),
        day,
      );
      expect(commitments.map((c) => c.step)).not.toContain(s.step);
      expect(commitments.map((c) => c.smallerStep)).not.toContain(s.step);
    }
    // A win logged with no stepText (an older entry) is read through its step's words.
    const bare = commitments.map((c) => win(DAY, { commitmentId: c.id }));
    const s = suggest(values, commitments, bare);
    expect(commitments.map((c) => c.step)).not.toContain(s.step);
  });

  it('suggests rest after a win on a low-energy day', () => {
    const values = [value('v1')];
    const commitments = [commitment('c1', 'v1')];
    const entries = [win(DAY, { commitmentId: 'c1', size: 'smaller' }), checkin(DAY, 3, 1)];
    expect(suggest(values, commitments, entries)).toMatchObject({
      kind: 'rest',
      reason: 'all-done',
      value: values[0],
    });
    // Without a win today, a small extra is still offered.
    const noWin = [skip(DAY, { commitmentId: 'c1' }), checkin(DAY, 3, 1)];
    expect(suggest(values, commitments, noWin)).toMatchObject({ kind: 'extra', size: 'smaller' });
  });

  it('does not read the clock: the same log gives the same step all day', () => {
    const { values, main } = twoValues();
    const commitments = [
      commitment('c1', main.id, { cue: { kind: 'time', at: '07:00', days: EVERY_DAY } }),
      commitment('c2', main.id, { cue: { kind: 'time', at: '21:00', days: EVERY_DAY } }),
    ];
    const morning = suggestStep(
      {
        values,
        commitments,
        entries: [],
        day: DAY,
        now: new Date(at(DAY, 6)),
      },
      STARTERS,
    );
    const night = suggestStep(
      {
        values,
        commitments,
        entries: [],
        day: DAY,
        now: new Date(at(DAY, 23)),
      },
      STARTERS,
    );
    expect(night).toEqual(morning);
  });

  it('is deterministic for any log', () => {
    const values = [value('v1'), value('v2', VALUE_TEMPLATES[0].name), value('v3')];
    const commitments = [
      commitment('c1', 'v1'),
      commitment('c2', 'v2', { cue: { kind: 'first-tab' } }),
      commitment('c3', 'v1', { cue: { kind: 'time', at: '13:00', days: [1, 3, 5] } }),
      commitment('c4', 'v3', { status: 'paused' }),
    ];
    const row = fc.record({
      offset: fc.integer({ min: -25, max: 0 }),
      kind: fc.constantFrom('win', 'smaller', 'skip', 'checkin', 'text'),
      target: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      level: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const entries: Entry[] = rows.map((r) => {
          const day = addDays(DAY, r.offset);
          if (r.kind === 'win') return win(day, { commitmentId: r.target });
          if (r.kind === 'smaller') return win(day, { commitmentId: r.target, size: 'smaller' });
          if (r.kind === 'skip') return skip(day, { commitmentId: r.target });
          if (r.kind === 'text') return win(day, { valueId: 'v1', text: BODY_BASICS[0].step });
          return checkin(day, r.level, 6 - r.level);
        });
        const a = suggest(values, commitments, entries);
        const b = suggestStep(
          {
            values: [...values],
            commitments: [...commitments],
            entries: [...entries].reverse(),
            day: DAY,
            now: new Date(at(DAY, 22)),
          },
          STARTERS,
        );
        expect(b).toEqual(a);
        expect(suggestionKey(b)).toBe(suggestionKey(a));
        expect(a.step).not.toMatch(/streak|because|makes you/i);
      }),
    );
  });
});

// --- suggestionKey ----------------------------------------------------------------------------

describe('suggestionKey', () => {
  it('is equal for the same offer and differs when the offer changes', () => {
    const { values, main } = twoValues();
    const c = commitment('c1', main.id);
    const full = suggest(values, [c]);
    expect(suggestionKey(suggest(values, [c]))).toBe(suggestionKey(full));
    const smaller = suggest(values, [c], [checkin(DAY, 1, 1)]);
    expect(suggestionKey(smaller)).not.toBe(suggestionKey(full));
    const done = suggest(values, [c], [win(DAY, { commitmentId: 'c1' })]);
    expect(suggestionKey(done)).not.toBe(suggestionKey(full));
    expect(suggestionKey(suggest([], []))).toBe(suggestionKey(suggest([], [])));
  });
});

// --- the week's one step ----------------------------------------------------------------------

describe("suggestStep and the week's one step", () => {
  const { values, main, other } = twoValues();
  const firstTab = commitment('c1', main.id, { cue: { kind: 'first-tab' } });
  const due = commitment('c2', main.id);
  const focus = commitment('c3', other.id, { cue: { kind: 'anchor', text: 'after lunch' } });
  const plan = [firstTab, due, focus];
  const run = (entries: Entry[] = [], o: Partial<Commitment> = {}) =>
    suggestStep(
      {
        values,
        commitments: [firstTab, due, { ...focus, ...o }],
        entries,
        day: DAY,
        now: NOW,
        focusCommitmentId: 'c3',
      },
      STARTERS,
    );

  it('offers the week’s step first, before a first-tab or due step', () => {
    expect(suggest(values, plan).commitment?.id).toBe('c1');
    expect(run()).toMatchObject({ kind: 'commitment', reason: 'due', commitment: { id: 'c3' } });
  });

  it('keeps its smaller size on a heavy day', () => {
    expect(run([checkin(DAY, 2, 2)])).toMatchObject({
      commitment: { id: 'c3' },
      size: 'smaller',
      reason: 'low-energy',
    });
  });

  it('steps aside once it is handled today, or when it is paused', () => {
    expect(run([win(DAY, { commitmentId: 'c3' })]).commitment?.id).toBe('c1');
    expect(run([skip(DAY, { commitmentId: 'c3' })]).commitment?.id).toBe('c1');
    expect(run([], { status: 'paused' }).commitment?.id).toBe('c1');
  });
});
