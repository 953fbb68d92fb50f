import { describe, expect, it } from 'vitest';
import { LOCAL_KEYS } from '@/utils/model/keys';
import { claimFirstTab } from '@/utils/pages/newtab/firstTab';

/** A localStorage stand-in. */
function store(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('claimFirstTab (issue 19)', () => {
  it('is true for the day’s first new tab only, and again on the next day', () => {
    const s = store();
    expect(claimFirstTab(s, '2026-12-07')).toBe(true);
    expect(claimFirstTab(s, '2026-12-07')).toBe(false);
    expect(claimFirstTab(s, '2026-12-07')).toBe(false);
    expect(s.data.get(LOCAL_KEYS.firstTabDay)).toBe('2026-12-07');
    expect(claimFirstTab(s, '2026-12-08')).toBe(true);
  });

  it('says nothing where storage is missing or blocked', () => {
    expect(claimFirstTab(null, '2026-12-07')).toBe(false);
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    };
    expect(claimFirstTab(blocked, '2026-12-07')).toBe(false);
  });
});
