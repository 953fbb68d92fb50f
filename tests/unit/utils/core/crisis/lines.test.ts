import { describe, expect, it } from 'vitest';
import { regionOf } from '@/utils/core/crisis/country';
import {
  CRISIS_LINES,
  EMERGENCY,
  EU_EMERGENCY,
  emergencyFor,
  linesFor,
} from '@/utils/core/crisis/lines';

describe('crisis lines from named sources', () => {
  it.each(CRISIS_LINES.map((line) => [line.country, line.name, line]))(
    '%s %s has a source, an https or http address, a checked-on date and something to call or text',
    (_country, _name, line) => {
      expect(line.source.name.trim()).not.toBe('');
      expect(line.source.url).toMatch(/^https?:\/\/[^\s]+\.[a-z]{2,}\//);
      // A real calendar date, whatever today is.
      expect(line.source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const d = new Date(`${line.source.checkedOn}T12:00:00Z`);
      expect(d.toISOString().slice(0, 10)).toBe(line.source.checkedOn);
      expect(line.call ?? line.text).toBeTruthy();
      expect(line.country).toMatch(/^[A-Z]{2}$/);
    },
  );

  it('ships the lines confirmed on an official page, and none for a country without one', () => {
    expect(linesFor('us').map((l) => l.call)).toEqual(['988']);
    expect(linesFor('GB')[0]).toMatchObject({ name: 'Samaritans', call: '116 123' });
    expect(linesFor('IE')[0]).toMatchObject({ call: '116 123' });
    expect(linesFor('CA')[0]).toMatchObject({ call: '988', text: '988' });
    expect(linesFor('AU')[0]).toMatchObject({ name: 'Lifeline', call: '13 11 14' });
    // Not confirmed on a stored official page: emergency services and the directory only.
    expect(linesFor('ES')).toEqual([]);
    expect(linesFor('DE')).toEqual([]);
  });

  it('gives each emergency number its source, and 112 in every EU state', () => {
    for (const e of [...Object.values(EMERGENCY), EU_EMERGENCY]) {
      expect(e.source.url).toMatch(/^https?:\/\//);
      expect(e.source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(emergencyFor('US')?.call).toBe('911');
    expect(emergencyFor('ES')?.call).toBe('112');
    expect(emergencyFor('IE')?.call).toBe('112');
    expect(emergencyFor('JP')).toBeUndefined();
  });

  it('names every shipped country in English and Spanish, through Intl', () => {
    for (const country of new Set(CRISIS_LINES.map((l) => l.country))) {
      for (const lang of ['en', 'es']) {
        const name = new Intl.DisplayNames([lang], { type: 'region' }).of(country);
        expect(name && name !== country).toBeTruthy();
      }
    }
    expect(new Intl.DisplayNames(['es'], { type: 'region' }).of('ES')).toBe('España');
    expect(new Intl.DisplayNames(['en'], { type: 'region' }).of('US')).toBe('United States');
  });
});

describe("the browser's region as the default country", () => {
  it('takes a region only when the browser gives one', () => {
    expect(regionOf(['en-GB', 'en'])).toBe('GB');
    expect(regionOf(['es', 'es-ES'])).toBe('ES');
    expect(regionOf(['en_US'])).toBe('US');
    // A language alone, or a UN area code, is no country: the person is asked.
    expect(regionOf(['es', 'en'])).toBeUndefined();
    expect(regionOf(['es-419'])).toBeUndefined();
    expect(regionOf(['', 'not a tag!!'])).toBeUndefined();
  });
});
