/** The countries crisis help can be for, and the default country (issue 27). */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from '@/utils/core/crisis/countries';
import { countryFor } from '@/utils/core/crisis/country';
import { CRISIS_LINES, EMERGENCY, EU_STATES } from '@/utils/core/crisis/lines';

describe('COUNTRY_CODES', () => {
  it('holds the ISO 3166-1 alpha-2 codes once each, and Kosovo', () => {
    expect(COUNTRY_CODES.length).toBe(250);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(COUNTRY_CODES).toContain('XK');
  });

  it('holds every country with a line or an emergency number, and every EU state', () => {
    const used = [...CRISIS_LINES.map((l) => l.country), ...Object.keys(EMERGENCY), ...EU_STATES];
    expect(used.filter((c) => !isCountryCode(c))).toEqual([]);
  });

  it('leaves out groups, historic codes and reservations that are not countries', () => {
    for (const code of ['EU', 'UN', 'EZ', 'SU', 'YU', 'UK', 'IC', 'ZZ', 'QO', 'XA']) {
      expect(isCountryCode(code), code).toBe(false);
    }
    expect(isCountryCode('es')).toBe(false);
    expect(isCountryCode(undefined)).toBe(false);
  });
});

describe('countryFor', () => {
  it('is the country chosen in Settings, whatever the browser says', () => {
    expect(countryFor('ES', ['en-US'])).toBe('ES');
    expect(countryFor('JP', [])).toBe('JP');
  });

  it("is the browser's region when none is chosen", () => {
    expect(countryFor(undefined, ['en-GB', 'en'])).toBe('GB');
    expect(countryFor(undefined, ['es', 'es-ES'])).toBe('ES');
    expect(countryFor('', ['en-US'])).toBe('US');
    // A code this build does not list, from a file: as if none were chosen.
    expect(countryFor('ZZ', ['en-GB'])).toBe('GB');
  });

  it('is none when neither says one (the crisis help then asks)', () => {
    expect(countryFor(undefined, ['es'])).toBeUndefined();
    expect(countryFor(undefined, ['es-419', 'en'])).toBeUndefined();
    expect(countryFor(undefined, [])).toBeUndefined();
    // A group, not a country, though its code looks like one.
    expect(countryFor(undefined, ['en-EU'])).toBeUndefined();
    // Intl reads the old alias as the country's code.
    expect(countryFor(undefined, ['en-UK'])).toBe('GB');
  });
});
