/** What makes a day heavy, once for the popup and the suggestion. */
import { describe, expect, it } from 'vitest';
import { HEAVY_AT, isHeavyCheckIn, isLowEnergy } from '@/utils/core/heavyDay';

describe('a heavy day', () => {
  it('is low mood or low energy, at or below 2 of 5', () => {
    expect(HEAVY_AT).toBe(2);
    expect(isHeavyCheckIn({ mood: 2, energy: 5 })).toBe(true);
    expect(isHeavyCheckIn({ mood: 5, energy: 1 })).toBe(true);
    expect(isHeavyCheckIn({ mood: 3, energy: 3 })).toBe(false);
  });

  it('leans to body basics only when energy is low', () => {
    expect(isLowEnergy({ energy: 2 })).toBe(true);
    expect(isLowEnergy({ energy: 3 })).toBe(false);
  });
});
