/** Countries and languages named, sorted and dated in the person's language (issue 27). */
import { describe, expect, it } from 'vitest';
import {
  around,
  countryChoices,
  countryName,
  dayInFull,
  languageList,
} from '@/utils/copy/lang/regions';
import { CRISIS_LINES } from '@/utils/core/crisis/lines';

describe('countryChoices', () => {
  it.each(['en-US', 'es-ES'])('names every country, sorted as %s sorts, each once', (loc) => {
    const choices = countryChoices(loc);
    expect(choices.length).toBeGreaterThan(240);
    expect(new Set(choices.map((c) => c.code)).size).toBe(choices.length);
    for (const c of choices) expect(c.name).not.toBe(c.code);
    const order = new Intl.Collator([loc]);
    for (let i = 1; i < choices.length; i++) {
      expect(order.compare(choices[i - 1].name, choices[i].name)).toBeLessThanOrEqual(0);
    }
  });

  it('writes the countries with lines by their names in English and Spanish', () => {
    const en = new Map(countryChoices('en-US').map((c) => [c.code, c.name]));
    const es = new Map(countryChoices('es-ES').map((c) => [c.code, c.name]));
    expect(en.get('US')).toBe('United States');
    expect(en.get('GB')).toBe('United Kingdom');
    expect(en.get('ES')).toBe('Spain');
    expect(es.get('ES')).toBe('España');
    expect(es.get('US')).toBe('Estados Unidos');
    expect(es.get('GB')).toBe('Reino Unido');
    for (const line of CRISIS_LINES) {
      expect(en.get(line.country)).toBe(countryName(line.country, 'en'));
      expect(es.get(line.country)).toBe(countryName(line.country, 'es'));
    }
  });

  it('sorts an accented name among its letters in Spanish (Japón)', () => {
    const es = countryChoices('es-ES').map((c) => c.name);
    expect(es.indexOf('Japón')).toBeGreaterThan(es.indexOf('Jamaica'));
    expect(es.indexOf('Japón')).toBeLessThan(es.indexOf('Jersey'));
  });
});

describe('languageList and dayInFull', () => {
  it('name a line’s languages as a list in the person’s language', () => {
    expect(languageList(['en', 'es'], 'en-US')).toBe('English and Spanish');
    expect(languageList(['en', 'es'], 'es-ES')).toBe('inglés y español');
    expect(languageList(['en', 'fr'], 'en-GB')).toBe('English and French');
  });

  it('write a checked-on day in full, on that day in any time zone', () => {
    expect(dayInFull('2026-12-07', 'en-US')).toBe('December 7, 2026');
    expect(dayInFull('2026-12-07', 'en-GB')).toBe('7 December 2026');
    expect(dayInFull('2026-12-07', 'es-ES')).toBe('7 de diciembre de 2026');
  });
});

describe('around', () => {
  it('cuts a sentence around a placeholder, for a link in its place', () => {
    expect(around('In an emergency, call {number}.', 'number')).toEqual([
      'In an emergency, call ',
      '.',
    ]);
    expect(around('{source}: checked', 'source')).toEqual(['', ': checked']);
    expect(around('No place for it', 'number')).toEqual(['No place for it ', '']);
  });
});
