/**
 * Growing a step a little: a table of steps with the growth each is offered, every
 * one passing the micro-win check, and the steps that are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { checkStep, growStep } from '@/utils/core/microwin';
import { nextCount, nextMinutes } from '@/utils/core/microwin/grow';

/** [step, its estimate in minutes, the proposed step, the proposed estimate]. */
const TABLE: [string, number, string, number][] = [
  ['Walk for ten minutes', 10, 'Walk for twelve minutes', 12],
  ['Read one page', 2, 'Read two pages', 4],
  ['Stretch for two minutes', 2, 'Stretch for three minutes', 3],
  ['Text one friend', 2, 'Text two friends', 4],
  ['Do 5 push-ups', 2, 'Do 6 push-ups', 3],
  ['Drink one glass of water', 1, 'Drink two glasses of water', 2],
  ['Write one sentence', 2, 'Write two sentences', 4],
  ['Meditate for 5 minutes', 5, 'Meditate for 6 minutes', 6],
  ['Tidy one drawer', 5, 'Tidy two drawers', 10],
  ['Play guitar for ten minutes', 10, 'Play guitar for twelve minutes', 12],
  ['Journal for 3 minutes', 3, 'Journal for 4 minutes', 4],
  ['Do ten squats', 3, 'Do twelve squats', 4],
  ['Read 2 pages of my book', 4, 'Read 3 pages of my book', 6],
  ['Wash one dish', 1, 'Wash two dishes', 2],
  ['Call one person', 5, 'Call two people', 10],
  ['Step outside for 2 minutes', 2, 'Step outside for 3 minutes', 3],
  ['Sit in the sun for five minutes', 5, 'Sit in the sun for six minutes', 6],
  ['Breathe slowly for one minute', 1, 'Breathe slowly for two minutes', 2],
  ['Water one plant', 1, 'Water two plants', 2],
  ['Do a 5-minute tidy', 5, 'Do a 6-minute tidy', 6],
  ['Listen to one song', 4, 'Listen to two songs', 8],
  ['Answer one email', 5, 'Answer two emails', 10],
  ['Write 50 words', 5, 'Write 60 words', 6],
  ['Draw for ten minutes', 10, 'Draw for twelve minutes', 12],
  ['Practise Spanish for 5 minutes', 5, 'Practise Spanish for 6 minutes', 6],
  ['Fold one shirt', 1, 'Fold two shirts', 2],
  ['Do 3 sit-ups', 1, 'Do 4 sit-ups', 2],
  ['Swim two laps', 4, 'Swim three laps', 6],
  ['Read for 8 minutes', 8, 'Read for 10 minutes', 10],
  ['Walk around the block for 12 minutes', 12, 'Walk around the block for 15 minutes', 15],
  ['Lie down for five minutes', 5, 'Lie down for six minutes', 6],
  ['Clean one shelf', 3, 'Clean two shelves', 6],
  ['Open one letter', 1, 'Open two letters', 2],
  ['After lunch, walk for 4 min', 4, 'After lunch, walk for 5 mins', 5],
];

describe('growStep', () => {
  it('has a table of at least thirty steps', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)('%j (%i min) grows to %j (%i min)', (step, minutes, grown, grownMinutes) => {
    expect(checkStep(step).ok).toBe(true);
    expect(growStep(step, minutes)).toEqual({ step: grown, minutes: grownMinutes });
    // Every proposal is still a good micro-win.
    expect(checkStep(grown)).toEqual({ ok: true, problems: [] });
  });

  it.each([
    ['Walk for fifteen minutes', 15], // at the top of what a small step holds
    ['Put on my walking shoes', 2], // nothing in the words to grow
    ['Read ten pages', 10], // twelve pages would be too big a step
    ['Walk 1000 steps', 10],
    ['', 5],
  ])('leaves %j as it is', (step, minutes) => {
    expect(growStep(step, minutes)).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    for (const odd of [null, undefined, 42, 'x'.repeat(5000), '10 minutes'] as unknown[]) {
      expect(() => growStep(odd as string, Number.NaN)).not.toThrow();
    }
  });

  it('grows by small notches', () => {
    expect([1, 2, 5, 8, 10, 12, 15].map(nextMinutes)).toEqual([2, 3, 6, 10, 12, 15, undefined]);
    expect([1, 4, 9, 10, 20, 50].map(nextCount)).toEqual([2, 5, 10, 12, 24, 60]);
  });
});
