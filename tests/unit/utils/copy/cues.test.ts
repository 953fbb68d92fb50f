/**
 * A step with more than one time a day in words (issue 28): the cue's label and the plan
 * sentence list every time in the person's clock, in English and in Spanish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cueLabel } from '@/utils/copy/cues';
import { setLanguage } from '@/utils/copy/lang/switch';
import { planSentence } from '@/utils/copy/plan';
import type { TimeCue } from '@/utils/model/types';

const NB = '\u00a0';
const weekdays = (at: string, alsoAt?: string[]): TimeCue => ({
  kind: 'time',
  at,
  days: [1, 2, 3, 4, 5],
  ...(alsoAt ? { alsoAt } : {}),
});

afterEach(async () => {
  await setLanguage('en', 'en');
});

describe('several times in English', () => {
  it('says two times in a 12-hour clock (en-US)', async () => {
    await setLanguage('en', 'en-US');
    const cue = weekdays('09:00', ['15:00']);
    expect(planSentence({ cue, step: 'Drink a glass of water', value: 'Health' })).toBe(
      `At 9:00${NB}AM and 3:00${NB}PM on weekdays, I will drink a glass of water — for Health.`,
    );
    expect(cueLabel(cue)).toBe(`At 9:00${NB}AM and 3:00${NB}PM on weekdays`);
  });

  it('lists three times as the locale lists them, and every day with none', async () => {
    await setLanguage('en', 'en-US');
    const cue: TimeCue = { kind: 'time', at: '09:00', days: [], alsoAt: ['13:00', '17:00'] };
    expect(planSentence({ cue, step: 'Stretch', value: '' })).toBe(
      `At 9:00${NB}AM, 1:00${NB}PM, and 5:00${NB}PM, I will stretch.`,
    );
  });

  it('follows a 24-hour clock (en-GB)', async () => {
    await setLanguage('en', 'en-GB');
    expect(cueLabel(weekdays('09:00', ['15:00']))).toBe('At 09:00 and 15:00 on weekdays');
  });

  it('says one time as it always did', async () => {
    await setLanguage('en', 'en-US');
    expect(cueLabel(weekdays('13:00'))).toBe(`At 1:00${NB}PM on weekdays`);
  });
});

describe('several times in Spanish', () => {
  it('gives each time its own "a las"', async () => {
    await setLanguage('es', 'es-ES');
    const cue = weekdays('09:00', ['15:00']);
    expect(planSentence({ cue, step: 'Beber un vaso de agua', value: 'salud' })).toBe(
      'A las 9:00 y a las 15:00 entre semana, voy a beber un vaso de agua — por salud.',
    );
    expect(cueLabel(cue)).toBe('A las 9:00 y a las 15:00 entre semana');
  });

  it('says "a la" for one o\'clock, wherever it is in the list', async () => {
    await setLanguage('es', 'es-ES');
    expect(cueLabel(weekdays('01:00', ['13:00', '17:00']))).toBe(
      'A la 1:00, a las 13:00 y a las 17:00 entre semana',
    );
    await setLanguage('es', 'es-MX');
    expect(cueLabel(weekdays('09:00', ['13:00']))).toMatch(/^A las 9:00\sa\.\s?m\. y a la 1:00\sp/);
  });
});
