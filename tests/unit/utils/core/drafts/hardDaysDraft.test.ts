/** The plan for hard days while it is written: lines added, removed and put back with Undo. */
import { describe, expect, it } from 'vitest';
import {
  addContact,
  addLine,
  draftFromPlan,
  isContactPart,
  isEmptyDraft,
  planFromDraft,
  removeItem,
  restoreItem,
} from '@/utils/core/drafts/hardDaysDraft';
import { emptyHardDaysPlan, type HardDaysPlan } from '@/utils/model/hardDays';

const PLAN: HardDaysPlan = {
  signs: ['I stop answering messages', 'I sleep in late'],
  onMyOwn: ['One minute to land'],
  distractions: [],
  people: [{ name: 'Ana', reach: '+34 600 123 456' }],
  professionals: [{ name: 'Dr. Ruiz', reach: 'Tuesdays at the clinic' }],
  saferSurroundings: ['Ask Ana to keep the car keys'],
  routineStepId: 'c1',
  updatedAt: 5,
};

describe('draftFromPlan and planFromDraft', () => {
  it('give back the plan they were made from', () => {
    expect(planFromDraft(draftFromPlan(PLAN), 5)).toEqual(PLAN);
  });

  it('start empty with no plan yet', () => {
    const draft = draftFromPlan(null);
    expect(isEmptyDraft(draft)).toBe(true);
    expect(planFromDraft(draft, 9)).toEqual(emptyHardDaysPlan(9));
    expect(draft.routineStepId).toBe('');
  });

  it('give every line and contact its own key, and the next key after them', () => {
    const draft = draftFromPlan(PLAN);
    const keys = [
      ...draft.signs,
      ...draft.onMyOwn,
      ...draft.distractions,
      ...draft.saferSurroundings,
      ...draft.people,
      ...draft.professionals,
    ].map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(draft.nextKey).toBeGreaterThan(Math.max(...keys));
  });

  it('keep tidied lines only, and contacts with a name or a way to reach them', () => {
    let draft = draftFromPlan(null);
    draft = {
      ...draft,
      signs: [
        { key: 1, text: '  too   quiet ' },
        { key: 2, text: '  ' },
      ],
    };
    draft = {
      ...draft,
      people: [
        { key: 3, name: ' ', reach: '' },
        { key: 4, name: '', reach: '112' },
      ],
    };
    const plan = planFromDraft(draft, 1);
    expect(plan.signs).toEqual(['too quiet']);
    expect(plan.people).toEqual([{ name: '', reach: '112' }]);
    expect('routineStepId' in plan).toBe(false);
  });

  it('count a chosen routine step alone as something written', () => {
    expect(isEmptyDraft({ ...draftFromPlan(null), routineStepId: 'c1' })).toBe(false);
  });
});

describe('addLine and addContact', () => {
  it('add a tidied line last, with a new key', () => {
    const before = draftFromPlan(PLAN);
    const after = addLine(before, 'signs', '  I skip  lunch ');
    expect(after.signs.map((l) => l.text)).toEqual([
      'I stop answering messages',
      'I sleep in late',
      'I skip lunch',
    ]);
    expect(after.signs.at(-1)?.key).toBe(before.nextKey);
    expect(after.nextKey).toBe(before.nextKey + 1);
    expect(before.signs).toHaveLength(2);
  });

  it('add nothing for a blank line or an empty contact', () => {
    const draft = draftFromPlan(PLAN);
    expect(addLine(draft, 'onMyOwn', '   ')).toBe(draft);
    expect(addContact(draft, 'people', { name: ' ', reach: '' })).toBe(draft);
  });

  it('add someone with only a name, or only a way to reach them', () => {
    let draft = addContact(draftFromPlan(null), 'people', { name: ' Sam ', reach: '' });
    draft = addContact(draft, 'professionals', { name: '', reach: '988' });
    expect(planFromDraft(draft, 0).people).toEqual([{ name: 'Sam', reach: '' }]);
    expect(planFromDraft(draft, 0).professionals).toEqual([{ name: '', reach: '988' }]);
  });
});

describe('removeItem and restoreItem', () => {
  it('take a line away and Undo puts it back where it was', () => {
    const draft = draftFromPlan(PLAN);
    const first = draft.signs[0];
    const { draft: without, removed } = removeItem(draft, 'signs', first.key);
    expect(without.signs.map((l) => l.text)).toEqual(['I sleep in late']);
    expect(removed).toEqual({ part: 'signs', index: 0, item: first });
    if (!removed) throw new Error('removed');
    expect(restoreItem(without, removed)).toEqual(draft);
  });

  it('put a contact back even after other lines were added', () => {
    const draft = draftFromPlan(PLAN);
    const { draft: without, removed } = removeItem(draft, 'people', draft.people[0].key);
    if (!removed) throw new Error('removed');
    const later = addContact(without, 'people', { name: 'Sam', reach: '' });
    const back = restoreItem(later, removed);
    expect(back.people.map((c) => c.name)).toEqual(['Ana', 'Sam']);
  });

  it('put a line back only once', () => {
    const draft = draftFromPlan(PLAN);
    const { draft: without, removed } = removeItem(draft, 'signs', draft.signs[1].key);
    if (!removed) throw new Error('removed');
    const back = restoreItem(without, removed);
    expect(restoreItem(back, removed)).toBe(back);
  });

  it('change nothing for a key that is not there', () => {
    const draft = draftFromPlan(PLAN);
    expect(removeItem(draft, 'distractions', 999)).toEqual({ draft, removed: null });
  });
});

it('tells the parts of people from the parts of lines', () => {
  expect(isContactPart('people')).toBe(true);
  expect(isContactPart('professionals')).toBe(true);
  expect(isContactPart('signs')).toBe(false);
  expect(isContactPart('saferSurroundings')).toBe(false);
});
