import { describe, expect, it } from 'vitest';
import { entryStep, entryValueId } from '@/utils/core/entryWords';
import type { Commitment, Entry } from '@/utils/model/types';

const c: Commitment = {
  id: 'c',
  valueId: 'v',
  step: 'Walk for ten minutes',
  smallerStep: 'Put on my shoes',
  minutes: 10,
  cue: { kind: 'first-tab' },
  status: 'active',
  createdAt: 0,
};
const base = { id: 'e', at: 0, day: '2026-11-23', source: 'popup' as const };

describe('entryStep and entryValueId', () => {
  it('name the step a win, a smaller win and a skip are about', () => {
    const full: Entry = { ...base, kind: 'win', commitmentId: 'c', size: 'full' };
    const smaller: Entry = { ...base, kind: 'win', commitmentId: 'c', size: 'smaller' };
    const skip: Entry = { ...base, kind: 'skip', commitmentId: 'c' };
    expect([entryStep(full, c), entryStep(smaller, c), entryStep(skip, c)]).toEqual([
      'Walk for ten minutes',
      'Put on my shoes',
      'Walk for ten minutes',
    ]);
    expect(entryValueId(full, c)).toBe('v');
  });

  it('prefer a free-text win’s own words and value; a check-in is about no step', () => {
    const free: Entry = {
      ...base,
      kind: 'win',
      text: 'Called my sister',
      valueId: 'w',
      size: 'full',
    };
    const checkin: Entry = { ...base, kind: 'checkin', mood: 3, energy: 3 };
    expect(entryStep(free, undefined)).toBe('Called my sister');
    expect(entryValueId(free, c)).toBe('w');
    expect(entryStep(checkin, c)).toBe('');
    expect(entryValueId(checkin, c)).toBeUndefined();
  });
});
