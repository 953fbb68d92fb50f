import { describe, expect, it } from 'vitest';
import { minutesAgree, stepMinutes, wordsMinutes } from '@/utils/core/stepMinutes';

describe('wordsMinutes', () => {
  it('reads the length a step names, in whole minutes', () => {
    expect(wordsMinutes('Walk for ten minutes')).toEqual({ named: 10, least: 10, most: 10 });
    expect(wordsMinutes('Draw for two minutes')?.named).toBe(2);
    expect(wordsMinutes('Read for half an hour')?.named).toBe(30);
    expect(wordsMinutes('Stretch for a quarter of an hour')?.named).toBe(15);
    expect(wordsMinutes('Tidy for 1.5 hrs')?.named).toBe(90);
    // Half a minute still takes a minute of someone's day.
    expect(wordsMinutes('Breathe slowly for half a minute')?.named).toBe(1);
  });

  it('reads a range and several lengths as what they allow', () => {
    expect(wordsMinutes('Walk for 5 to 10 minutes')).toEqual({ named: 10, least: 5, most: 10 });
    expect(wordsMinutes('Walk for ten minutes, then stretch for five minutes')).toEqual({
      named: 10,
      least: 10,
      most: 15,
    });
    expect(wordsMinutes('Walk for two to three and a half hours')).toMatchObject({ least: 120 });
  });

  it('names nothing for a step with no length, or only a moment', () => {
    for (const step of ['Text one friend', 'Call mum at 1 pm', 'Go out in 10 minutes', '']) {
      expect(wordsMinutes(step), step).toBeUndefined();
    }
  });
});

describe('stepMinutes: never a number the words contradict', () => {
  it('shows the words’ minutes over an estimate that contradicts them', () => {
    expect(stepMinutes('Walk for ten minutes', 5)).toBe(10);
    expect(stepMinutes('Draw for two minutes', 5)).toBe(2);
    expect(stepMinutes('Walk for ten minutes', 15)).toBe(10);
    expect(stepMinutes('Walk for ten minutes', 0)).toBe(10);
    expect(stepMinutes('Walk for ten minutes', undefined)).toBe(10);
  });

  it('keeps an estimate that fits the words, or any when the words name no length', () => {
    expect(stepMinutes('Walk for ten minutes', 10)).toBe(10);
    expect(stepMinutes('Walk for 5 to 10 minutes', 7)).toBe(7);
    expect(stepMinutes('Walk for ten minutes, then stretch for five minutes', 15)).toBe(15);
    expect(stepMinutes('Text one friend', 2)).toBe(2);
    expect(stepMinutes('Text one friend', undefined)).toBeUndefined();
    expect(minutesAgree('Walk for ten minutes', 10.2)).toBe(true);
    expect(minutesAgree('Walk for ten minutes', 5)).toBe(false);
  });
});
