import { describe, expect, it } from 'vitest';
import { insightCopy } from '@/utils/copy/options/insight';
import { reviewCopy } from '@/utils/copy/options/review';

/** Every sentence a group of words can say, with numbers that could read as a share. */
function sentences(words: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const value of Object.values(words)) {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      for (const n of [1, 11, 50]) {
        try {
          const said = (value as (...a: unknown[]) => unknown)(n, n, n, n);
          if (typeof said === 'string') out.push(said);
        } catch {
          // Words that take lists or names are covered below.
        }
      }
    } else if (value && typeof value === 'object') {
      out.push(...sentences(value as Record<string, unknown>));
    }
  }
  return out;
}

describe('the review’s words (issue 19)', () => {
  const review = reviewCopy.review;

  it('give each value a count of wins, never a share', () => {
    // Never "1 small win, 11%" under "Across your values".
    for (const said of sentences(review)) expect(said).not.toMatch(/%|per ?cent/i);
    for (const said of sentences(insightCopy.charts)) expect(said).not.toMatch(/%|per ?cent/i);
    expect(review.valueWins(1)).toBe('1 small win');
    expect(review.valueWins(4)).toBe('4 small wins');
  });

  it('name a tie as a tie, and one time when one had the most', () => {
    expect(review.bestTime(['in the morning', 'in the evening'], 4)).toBe(
      'As many wins came in the morning and in the evening: 4 each. Those times may suit you.',
    );
    expect(review.bestTime(['in the morning'], 3)).toBe(
      'Most wins came in the morning. That time may suit you.',
    );
  });

  it('count days since the first day, never days from before it', () => {
    expect(review.winDaysSince(3, 9)).toBe('Wins on 3 of the 9 days since you began');
    expect(review.winDaysSinceBefore(2, 5, '29 Nov')).toBe(
      'Wins on 2 of the 5 days from when you began to 29 Nov',
    );
    expect(review.moodSummary(2, 3, 2, 3)).toBe(
      'Check-ins on 2 of 3 days. Mood averaged 3 and energy 2, out of 5.',
    );
    expect(insightCopy.charts.moodSummary(1, 1, 3, 2)).toBe(
      'Mood averaged 3 and energy 2 this week, out of 5.',
    );
    expect(insightCopy.charts.valuesSummary(2, 1, 'Health', 2)).toBe(
      '2 small wins in this week. The most were for Health: 2.',
    );
  });
});
