/** The language rule: the setting's language when its words exist, else the browser's, else English. */
import { describe, expect, it } from 'vitest';
import {
  baseLanguage,
  intlLocale,
  isLanguageSetting,
  resolveLanguage,
} from '@/utils/model/language';

describe('resolveLanguage', () => {
  const both = ['en', 'es'] as const;
  it('follows the browser with "auto", the setting otherwise', () => {
    expect(resolveLanguage('auto', 'es', both)).toBe('es');
    expect(resolveLanguage('auto', 'es_419', both)).toBe('es');
    expect(resolveLanguage('en', 'es', both)).toBe('en');
    expect(resolveLanguage('es', 'en', both)).toBe('es');
  });

  it('falls back to English for a language without words, or a setting it does not know', () => {
    expect(resolveLanguage('auto', 'pl', both)).toBe('en');
    expect(resolveLanguage('es', 'en', ['en'])).toBe('en');
    expect(resolveLanguage('klingon', 'es', both)).toBe('es');
    expect(resolveLanguage(undefined, '', both)).toBe('en');
  });
});

describe('intlLocale', () => {
  it('keeps the region the person prefers in that language', () => {
    expect(intlLocale('en', ['en-GB', 'en-US'])).toBe('en-GB');
    expect(intlLocale('es', ['en-US', 'es-MX'])).toBe('es-MX');
  });

  it('uses the language alone when no preferred locale has it (Chromium under --lang=es)', () => {
    expect(intlLocale('es', ['en-US'])).toBe('es');
    expect(intlLocale('qps', [])).toBe('en');
  });
});

it('names the base language of a browser code', () => {
  expect(baseLanguage('pt_BR')).toBe('pt');
  expect(baseLanguage(' EN-gb ')).toBe('en');
  expect(baseLanguage(null)).toBe('');
  expect(isLanguageSetting('auto')).toBe(true);
  expect(isLanguageSetting('fr')).toBe(false);
});
