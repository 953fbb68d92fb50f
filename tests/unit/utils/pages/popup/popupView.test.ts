import { describe, expect, it } from 'vitest';
import { makeCommitment, makeValue, skip, win } from '@/tests/unit/factories';
import { popupCopy } from '@/utils/copy/popup';
import { foldSteps, type PopupStep } from '@/utils/pages/popup/popupView';

const day = '2026-11-23';
const value = makeValue('v1', 'Health');
const step = (id: string, logged?: 'win' | 'skip'): PopupStep => ({
  commitment: makeCommitment(id),
  value,
  logged:
    logged === 'win'
      ? win(day, { commitmentId: id })
      : logged === 'skip'
        ? skip(day, { commitmentId: id })
        : undefined,
});
const ids = (steps: PopupStep[]) => steps.map((s) => s.commitment.id);

describe('foldSteps (issue 19)', () => {
  it('folds the steps answered before the popup opened, and counts them by kind', () => {
    const steps = [step('a', 'win'), step('b'), step('c', 'skip'), step('d', 'win'), step('e')];
    const folded = foldSteps(steps, []);
    expect(ids(folded.shown)).toEqual(['b', 'e']);
    expect(ids(folded.folded)).toEqual(['a', 'c', 'd']);
    expect(folded).toMatchObject({ done: 2, setAside: 1 });
  });

  it('keeps a step answered in this popup in its place, among the open ones', () => {
    const steps = [step('a', 'win'), step('b', 'win'), step('c')];
    const folded = foldSteps(steps, ['b']);
    expect(ids(folded.shown)).toEqual(['b', 'c']);
    expect(ids(folded.folded)).toEqual(['a']);
    expect(folded).toMatchObject({ done: 1, setAside: 0 });
  });

  it('folds nothing on a day with nothing answered, and a step undone here opens again', () => {
    expect(foldSteps([step('a'), step('b')], ['a'])).toMatchObject({
      folded: [],
      done: 0,
      setAside: 0,
    });
  });
});

describe('the folded line says only counts above zero', () => {
  const say = popupCopy.popup.handledSummary;
  it.each([
    [2, 0, '2 done today'],
    [1, 0, '1 done today'],
    [0, 1, '1 set aside today'],
    [2, 1, '2 done today, 1 set aside'],
  ])('%i done, %i set aside: "%s"', (done, aside, words) => {
    expect(say(done, aside)).toBe(words);
    expect(say(done, aside)).not.toMatch(/\b0\b/);
  });
});
