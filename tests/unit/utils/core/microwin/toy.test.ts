/**
 * The micro-win check reads the table it is given: a toy language, the English table with a few
 * fields swapped ("zib" is ten, "zob" twelve, a "blip" a minute, "evermore" a forever word), is
 * read by the same logic with no change to it. Nothing here ships: the toy lives in this test.
 */
import { describe, expect, it } from 'vitest';
import { checkStep, growStep, type MicrowinLanguageData, minutesIn } from '@/utils/core/microwin';
import { en } from '@/utils/core/microwin/en';
import { isAction } from '@/utils/core/microwin/verbs';

const toyNumbers = [...en.words.grow.numbers];
toyNumbers[10] = 'zib';
toyNumbers[12] = 'zob';

const toy: MicrowinLanguageData = {
  ...en,
  numbers: {
    ...en.numbers,
    UNITS: new Map([...en.numbers.UNITS, ['fiv', 5], ['zib', 10], ['zob', 12]]),
    DURATION_RE: /(?<![\w.,])(\d{1,4}|fiv|zib|zob)()()\s{1,3}(blips?|glorps?)\b()/gi,
    HOUR_UNIT: /^glorp/i,
  },
  patterns: { ...en.patterns, FOREVER_RE: /\bevermore\b/ },
  verbs: { ...en.verbs, stems: (word) => (word.endsWith('ka') ? [word.slice(0, -2)] : []) },
  words: {
    ...en.words,
    resize: { ...en.words.resize, minutes: (size) => `${size === 10 ? 'zib' : 'fiv'} blips` },
    grow: { numbers: toyNumbers },
  },
  grammar: {
    ...en.grammar,
    countNoun: (noun, from) => (from === 1 ? `${noun}zz` : noun),
  },
};

describe('a toy language the logic has never seen', () => {
  it('reads its own words for minutes and hours, and not English ones', () => {
    expect(minutesIn('walk for zib blips', toy)).toBe(10);
    expect(minutesIn('walk for 2 glorps', toy)).toBe(120);
    expect(minutesIn('walk for ten minutes', toy)).toBeUndefined();
    expect(minutesIn('walk for ten minutes')).toBe(10);
  });

  it('finds its own forever words, and not English ones', () => {
    expect(checkStep('walk for zib blips evermore', toy).problems).toEqual([
      { kind: 'all-or-nothing', reason: 'allOrNothing' },
    ]);
    expect(checkStep('always walk for zib blips', toy).ok).toBe(true);
    expect(checkStep('always walk for ten minutes').ok).toBe(false);
  });

  it('offers a smaller length in its own words', () => {
    expect(checkStep('walk for 90 blips', toy)).toEqual({
      ok: false,
      problems: [{ kind: 'too-big', reason: 'tooBigTime' }],
      resized: 'walk for zib blips',
    });
  });

  it('grows a step with its own numbers and its own plurals', () => {
    expect(growStep('walk for zib blips', 10, toy)).toEqual({
      step: 'walk for zob blips',
      minutes: 12,
    });
    expect(growStep('read one page', 5, toy)?.step).toBe('read two pagezz');
    expect(growStep('read one page', 5)?.step).toBe('read two pages');
  });

  it('knows its own verb forms', () => {
    expect(isAction('walkka', toy)).toBe(true);
    expect(isAction('walking', toy)).toBe(false);
    expect(isAction('walking', en)).toBe(true);
  });
});
