import { describe, expect, it } from 'vitest';
import type { MoodDay } from '@/utils/core/insights';
import { MOOD_CHART_BOX, moodChart, moodSummary, yOf } from '@/utils/core/moodChart';

const week = (moods: (number | null)[], energies = moods): MoodDay[] =>
  moods.map((mood, i) => ({
    day: `2026-11-${String(16 + i).padStart(2, '0')}`,
    mood,
    energy: energies[i],
  }));

describe('moodChart', () => {
  const box = MOOD_CHART_BOX;
  const top = box.top;
  const bottom = box.height - box.bottom;

  it('spreads seven days from the left edge of the plot to the right', () => {
    const g = moodChart(week([3, 3, 3, 3, 3, 3, 3]));
    expect(g.xs).toHaveLength(7);
    expect(g.xs[0]).toBe(box.left);
    expect(g.xs[6]).toBe(box.width - box.right);
    for (let i = 1; i < 7; i++) expect(g.xs[i]).toBeGreaterThan(g.xs[i - 1]);
  });

  it('puts 5 at the top of the plot and 1 at the bottom, clamping anything outside', () => {
    expect(yOf(5)).toBe(top);
    expect(yOf(1)).toBe(bottom);
    expect(yOf(3)).toBe((top + bottom) / 2);
    expect(yOf(9)).toBe(top);
    expect(yOf(-2)).toBe(bottom);
  });

  it('draws one guide line per step of the scale', () => {
    expect(moodChart(week([3])).grid.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('plots only days with a check-in, and runs the line through them in order', () => {
    const g = moodChart(week([2, null, 4, null, null, null, 5], [1, null, null, null, null, 3, 3]));
    expect(g.mood.points.map((p) => p.day)).toEqual(['2026-11-16', '2026-11-18', '2026-11-22']);
    expect(g.mood.path).toBe(
      `M ${g.xs[0]} ${yOf(2)} L ${g.xs[2]} ${yOf(4)} L ${g.xs[6]} ${yOf(5)}`,
    );
    expect(g.energy.points).toHaveLength(3);
  });

  it('draws nothing for a week without check-ins, and copes with a single day', () => {
    const empty = moodChart(week([null, null, null, null, null, null, null]));
    expect(empty.mood.path).toBe('');
    expect(empty.energy.points).toEqual([]);
    const one = moodChart(week([4]));
    expect(one.xs[0]).toBeGreaterThan(box.left);
    expect(one.mood.path).toMatch(/^M [\d.]+ [\d.]+$/);
  });
});

describe('moodSummary', () => {
  it('counts check-in days and averages them', () => {
    expect(
      moodSummary(week([2, null, 4, null, null, null, 3], [1, null, 2, null, null, null, 3])),
    ).toEqual({
      days: 3,
      mood: 3,
      energy: 2,
    });
  });

  it('says null with no check-ins', () => {
    expect(moodSummary(week([null, null]))).toEqual({ days: 0, mood: null, energy: null });
  });
});
