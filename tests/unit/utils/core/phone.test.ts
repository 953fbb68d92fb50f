/** When "how to reach them" becomes a `tel:` link: only a plain phone number, nothing else. */
import { describe, expect, it } from 'vitest';
import { smsHref, telHref } from '@/utils/core/phone';

describe('telHref', () => {
  it('links a number written with digits, spaces, dashes, parentheses and a leading +', () => {
    expect(telHref('+34 600 123 456')).toBe('tel:+34600123456');
    expect(telHref('(555) 010-0199')).toBe('tel:5550100199');
    expect(telHref('  020 7946 0958 ')).toBe('tel:02079460958');
    expect(telHref('+1-555-010-0199')).toBe('tel:+15550100199');
  });

  it('links the short emergency numbers (three digits)', () => {
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('911')).toBe('tel:911');
    expect(telHref('988')).toBe('tel:988');
  });

  it('leaves anything that is more than a number as plain text', () => {
    for (const text of [
      'Ana, 600 123 456',
      'ana@example.org',
      'call after 6 pm',
      '600.123.456',
      '600 123 456 ext. 2',
      '600/123/456',
      '600\t123',
      '34+600',
      '++34 600',
      'https://findahelpline.com',
      '+34 600 123 456 #',
    ]) {
      expect(telHref(text), text).toBeNull();
    }
  });

  it('leaves too few or too many digits, and no digits at all, as plain text', () => {
    for (const text of ['', '   ', '12', '1 2', '()-', '+', '1234567890123456', '(1)']) {
      expect(telHref(text), text).toBeNull();
    }
    expect(telHref('123456789012345')).toBe('tel:123456789012345');
  });

  it('is safe with anything that came in', () => {
    expect(telHref(undefined as unknown as string)).toBeNull();
    expect(telHref(null as unknown as string)).toBeNull();
  });
});

describe('crisis lines as links (issue 27)', () => {
  it('calls every shipped number by its digits only', () => {
    expect(telHref('988')).toBe('tel:988');
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('13 11 14')).toBe('tel:131114');
    expect(telHref('000')).toBe('tel:000');
  });

  it('texts a number by its digits only, and nothing that is more than a number', () => {
    expect(smsHref('988')).toBe('sms:988');
    expect(smsHref(' 741 741 ')).toBe('sms:741741');
    expect(smsHref('+44 7700 900123')).toBe('sms:+447700900123');
    expect(smsHref('85258')).toBe('sms:85258');
    expect(smsHref('text AYUDA to 988')).toBeNull();
    expect(smsHref('')).toBeNull();
    expect(smsHref('1234567890123456')).toBeNull();
  });
});
