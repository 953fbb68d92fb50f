import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREATH_IN_MS, BREATH_OUT_MS, groundingMoment } from '@/utils/core/grounding';

const MINUTE = 60_000;

describe('the grounding minute, paced', () => {
  it('shows each line for an equal share of the minute, one after the other', () => {
    // Nine lines in a minute: 6⅔ seconds each.
    expect(groundingMoment(0, 9, MINUTE).line).toBe(0);
    expect(groundingMoment(6_666, 9, MINUTE).line).toBe(0);
    expect(groundingMoment(6_667, 9, MINUTE).line).toBe(1);
    expect(groundingMoment(59_999, 9, MINUTE).line).toBe(8);
    expect(groundingMoment(59_999, 9, MINUTE).done).toBe(false);
  });

  it('is over after the minute, on its last line, and stays there', () => {
    expect(groundingMoment(MINUTE, 9, MINUTE)).toMatchObject({ line: 8, done: true, progress: 1 });
    expect(groundingMoment(10 * MINUTE, 9, MINUTE)).toMatchObject({ line: 8, done: true });
  });

  it('breathes in for 4 seconds and out for 6, over and over', () => {
    expect(BREATH_IN_MS).toBe(4000);
    expect(BREATH_OUT_MS).toBe(6000);
    expect(groundingMoment(0, 9, MINUTE).breath).toBe('in');
    expect(groundingMoment(3_999, 9, MINUTE).breath).toBe('in');
    expect(groundingMoment(4_000, 9, MINUTE).breath).toBe('out');
    expect(groundingMoment(9_999, 9, MINUTE).breath).toBe('out');
    expect(groundingMoment(10_000, 9, MINUTE).breath).toBe('in');
  });

  it('reads anything odd as the start, never a line that does not exist', () => {
    for (const odd of [-5, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(groundingMoment(odd, 9, MINUTE)).toMatchObject({ line: 0, done: false, progress: 0 });
    }
    expect(groundingMoment(1000, 0, MINUTE).line).toBe(0);
    expect(groundingMoment(1000, 9, Number.NaN).line).toBe(0);
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 1, max: 40 }), (elapsed, lines) => {
        const m = groundingMoment(elapsed, lines, MINUTE);
        return m.line >= 0 && m.line < lines && m.progress >= 0 && m.progress <= 1;
      }),
    );
  });

  it('moves on only as time passes: a later moment is never an earlier line', () => {
    fc.assert(
      fc.property(fc.nat(MINUTE * 2), fc.nat(MINUTE), (a, more) => {
        return groundingMoment(a + more, 9, MINUTE).line >= groundingMoment(a, 9, MINUTE).line;
      }),
    );
  });
});
