/** The one-tap ideas for "What I can do on my own", and the steps the fail-safe routine offers. */
import { describe, expect, it } from 'vitest';
import {
  IDEAS_AT_MOST,
  onMyOwnIdeas,
  routineStep,
  routineSteps,
} from '@/utils/pages/options/hardDaysView';
import { makeCommitment } from '../../../factories';

const BASICS = [
  { step: 'Drink a glass of water', smallerStep: 'Fill a glass of water', minutes: 1 },
  { step: 'Walk for five minutes', smallerStep: 'Stand up and stretch once', minutes: 5 },
  { step: 'Stretch for two minutes', smallerStep: 'Roll my shoulders three times', minutes: 2 },
];
const GROUNDING = 'One minute to land';

describe('onMyOwnIdeas', () => {
  it('offers the person’s own smaller steps, then the grounding minute, then the body basics', () => {
    const ideas = onMyOwnIdeas({
      commitments: [
        makeCommitment('c1', { smallerStep: 'Open the chat with one friend' }),
        makeCommitment('c2', { smallerStep: 'Read one paragraph' }),
      ],
      grounding: GROUNDING,
      bodyBasics: BASICS,
      written: [],
    });
    expect(ideas).toEqual([
      'Open the chat with one friend',
      'Read one paragraph',
      GROUNDING,
      'Drink a glass of water',
      'Walk for five minutes',
      'Stretch for two minutes',
    ]);
  });

  it('leaves out what is already written, whatever its case or spacing, and repeats nothing', () => {
    const ideas = onMyOwnIdeas({
      commitments: [
        makeCommitment('c1', { smallerStep: 'Drink a glass of water' }),
        makeCommitment('c2', { smallerStep: 'drink a  glass of water' }),
        makeCommitment('c3', { smallerStep: '  ' }),
      ],
      grounding: GROUNDING,
      bodyBasics: BASICS,
      written: ['  one minute TO land '],
    });
    expect(ideas).toEqual([
      'Drink a glass of water',
      'Walk for five minutes',
      'Stretch for two minutes',
    ]);
  });

  it('leaves out steps set aside, and keeps paused ones', () => {
    const ideas = onMyOwnIdeas({
      commitments: [
        makeCommitment('c1', { smallerStep: 'Set aside', status: 'archived' }),
        makeCommitment('c2', { smallerStep: 'Paused', status: 'paused' }),
      ],
      grounding: GROUNDING,
      bodyBasics: [],
      written: [],
    });
    expect(ideas).toEqual(['Paused', GROUNDING]);
  });

  it('keeps the row short, and room for the grounding minute after many own steps', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      makeCommitment(`c${i}`, { smallerStep: `Small thing ${i}` }),
    );
    const ideas = onMyOwnIdeas({
      commitments: many,
      grounding: GROUNDING,
      bodyBasics: [...BASICS, ...BASICS.map((b) => ({ ...b, step: `${b.step} again` }))],
      written: [],
    });
    expect(ideas).toHaveLength(IDEAS_AT_MOST);
    expect(ideas.slice(0, 5)).toEqual([
      'Small thing 0',
      'Small thing 1',
      'Small thing 2',
      'Small thing 3',
      GROUNDING,
    ]);
  });

  it('moves the next idea up once one is written', () => {
    const from = { commitments: [], grounding: GROUNDING, bodyBasics: BASICS, written: [] };
    const before = onMyOwnIdeas(from);
    const after = onMyOwnIdeas({ ...from, written: [before[0]] });
    expect(after).toEqual(before.slice(1));
  });
});

describe('routineSteps and routineStep', () => {
  const steps = [
    makeCommitment('c1'),
    makeCommitment('c2', { status: 'paused' }),
    makeCommitment('c3', { status: 'archived' }),
  ];

  it('offers the steps in use or paused', () => {
    expect(routineSteps(steps, '').map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('keeps the chosen step on offer even once it is set aside', () => {
    expect(routineSteps(steps, 'c3').map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('finds the chosen step, or none', () => {
    expect(routineStep(steps, 'c2')?.id).toBe('c2');
    expect(routineStep(steps, '')).toBeUndefined();
    expect(routineStep(steps, 'gone')).toBeUndefined();
  });
});
