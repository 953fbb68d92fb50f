import { describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/copy/lang/switch';
import { limitCopy } from '@/utils/copy/limits';
import { LIMITS, limitState } from '@/utils/model/limits';

const hint = limitCopy.limit.hint;

describe('the words of a limited field (issue 19)', () => {
  it('say the limit from the start, so nothing is cut before the person has seen it', () => {
    expect(hint(0, LIMITS.name)).toBe('Up to 200 characters.');
    expect(hint(12, LIMITS.sentence)).toBe('Up to 1,000 characters.');
  });

  it('count down within the last tenth (at least the last 20), and say when there is no more room', () => {
    expect(limitState(179, 200)).toBe('far');
    expect(limitState(180, 200)).toBe('near');
    expect(hint(190, 200)).toBe('Up to 200 characters. 10 characters left.');
    expect(hint(199, 200)).toBe('Up to 200 characters. 1 character left.');
    expect(limitState(899, 1000)).toBe('far');
    expect(hint(900, 1000)).toBe('Up to 1,000 characters. 100 characters left.');
    expect(limitState(200, 200)).toBe('full');
    expect(hint(200, 200)).toBe('Up to 200 characters. No more room: anything longer is left out.');
    // Text longer than the limit (an old backup) is full, never a negative count.
    expect(hint(250, 200)).toBe(hint(200, 200));
  });
});

describe('in Spanish, with the same rule', () => {
  it('says the limit, counts down, and says when there is no more room', async () => {
    await setLanguage('es', 'es-ES');
    try {
      expect(hint(0, LIMITS.name)).toBe('Hasta 200 caracteres.');
      expect(hint(12, LIMITS.sentence)).toBe('Hasta 1000 caracteres.');
      expect(hint(179, 200)).toBe('Hasta 200 caracteres.');
      expect(hint(190, 200)).toBe('Hasta 200 caracteres. Quedan 10 caracteres.');
      expect(hint(199, 200)).toBe('Hasta 200 caracteres. Queda 1 carácter.');
      expect(hint(250, 200)).toBe(
        'Hasta 200 caracteres. No queda espacio: lo que pase de ahí se queda fuera.',
      );
    } finally {
      await setLanguage('en', 'en-US');
    }
  });
});
