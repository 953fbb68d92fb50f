import { describe, expect, it } from 'vitest';
import { lengthMark } from '@/utils/pages/lengthMark';

describe('lengthMark (issue 19: long headings get smaller)', () => {
  it('leaves a word or two alone and marks a sentence, then a paragraph', () => {
    expect(lengthMark('')).toBeUndefined();
    expect(lengthMark('Connection')).toBeUndefined();
    expect(lengthMark('x'.repeat(40))).toBeUndefined();
    expect(lengthMark('x'.repeat(41))).toBe('long');
    expect(lengthMark('x'.repeat(90))).toBe('long');
    expect(lengthMark('x'.repeat(91))).toBe('longer');
    expect(lengthMark('x'.repeat(1000))).toBe('longer');
  });
});
