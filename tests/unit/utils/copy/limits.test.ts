import { describe, expect, it } from 'vitest';
import { limitCopy, limitState } from '@/utils/copy/limits';
import { LIMITS } from '@/utils/model/limits';

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
