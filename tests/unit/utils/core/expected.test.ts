import { describe, expect, it } from 'vitest';
import { answeredOn, asExpectations, expectationFor, withExpectation } from '@/utils/core/expected';

describe('expectations kept until the win (issue 28)', () => {
  it('reads an answer only for its step and its day', () => {
    const all = withExpectation({}, 'c1', '2026-11-23', 2);
    expect(expectationFor(all, 'c1', '2026-11-23')).toBe(2);
    expect(expectationFor(all, 'c1', '2026-11-24')).toBeUndefined();
    expect(expectationFor(all, 'c2', '2026-11-23')).toBeUndefined();
    expect(expectationFor(all, 'constructor', '2026-11-23')).toBeUndefined();
  });

  it('a new day’s answer takes the other days’ away; the same day’s stay', () => {
    let all = withExpectation({}, 'c1', '2026-11-23', 2);
    all = withExpectation(all, 'c2', '2026-11-23', 4);
    expect(Object.keys(all).sort()).toEqual(['c1', 'c2']);
    all = withExpectation(all, 'c3', '2026-11-24', 5);
    expect(all).toEqual({ c3: { day: '2026-11-24', expected: 5 } });
  });

  it('names the steps answered on a day, and none of another day', () => {
    const all = withExpectation(withExpectation({}, 'c1', '2026-11-23', 1), 'c2', '2026-11-23', 3);
    expect([...answeredOn(all, '2026-11-23')].sort()).toEqual(['c1', 'c2']);
    expect(answeredOn(all, '2026-11-24').size).toBe(0);
  });

  it('reads what was stored safely: anything malformed is as if never answered', () => {
    expect(asExpectations(undefined)).toEqual({});
    expect(asExpectations('x')).toEqual({});
    expect(
      asExpectations({
        a: { day: '2026-11-23', expected: 3 },
        b: { day: '2026-11-23', expected: 6 },
        c: { day: 5, expected: 3 },
        d: null,
        e: { day: '2026-11-23', expected: 2.5 },
      }),
    ).toEqual({ a: { day: '2026-11-23', expected: 3 } });
  });
});
