// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ValueWinsChart } from '@/components/options/charts/ValueWinsChart';

afterEach(cleanup);

it('counts every small win, a win with no value too, and gives those a row (issue 19)', () => {
  render(
    <ValueWinsChart
      weeks={['2026-11-23', '2026-11-30']}
      values={[
        { valueId: 'v1', name: 'Health', wins: [2, 4], total: 6 },
        { valueId: 'v2', name: 'Connection', wins: [0, 3], total: 3 },
      ]}
      withoutValue={[0, 1]}
      total={10}
    />,
  );
  // Not "9 small wins in 2 weeks" below the week's 10.
  expect(screen.getByText('10 small wins in 2 weeks. The most were for Health: 6.')).toBeTruthy();
  expect(
    screen.getByRole('img', { name: 'Not tied to a value: 1 small win in 2 weeks' }),
  ).toBeTruthy();
  expect(screen.getByRole('columnheader', { name: 'Not tied to a value' })).toBeTruthy();
});
