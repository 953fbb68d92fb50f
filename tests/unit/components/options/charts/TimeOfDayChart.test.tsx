// @vitest-environment happy-dom

import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { TimeOfDayChart } from '@/components/options/charts/TimeOfDayChart';
import { reviewCopy } from '@/utils/copy/options/review';

afterEach(cleanup);

it('names both times on a tie, as the week’s card does, never only the first (issue 19)', () => {
  const byTime = [
    { time: 'morning' as const, wins: 4 },
    { time: 'afternoon' as const, wins: 1 },
    { time: 'evening' as const, wins: 4 },
    { time: 'night' as const, wins: 0 },
  ];
  render(<TimeOfDayChart byTime={byTime} untimed={0} />);
  expect(
    screen.getByText(
      '9 small wins with a time. The most came in the morning and in the evening: 4 each.',
    ),
  ).toBeTruthy();
  // The card above it says the same tie, in the same words for the times.
  const card = reviewCopy.review.bestTime(['in the morning', 'in the evening'], 4);
  expect(card).toBe(
    'As many wins came in the morning and in the evening: 4 each. Those times may suit you.',
  );
  expect(card).not.toMatch(/stood out/);
});

it('names one time when one had the most', () => {
  const byTime = [
    { time: 'morning' as const, wins: 1 },
    { time: 'afternoon' as const, wins: 0 },
    { time: 'evening' as const, wins: 3 },
    { time: 'night' as const, wins: 0 },
  ];
  render(<TimeOfDayChart byTime={byTime} untimed={1} />);
  expect(screen.getByText(/The most came in the evening: 3\./)).toBeTruthy();
});
