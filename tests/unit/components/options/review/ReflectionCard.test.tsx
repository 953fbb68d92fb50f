// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { ReflectionCard } from '@/components/options/review/ReflectionCard';
import type { ReflectionView } from '@/utils/pages/options/loadInsight';

/**
 * The week's reflection keeps what the person types: a read that lands after they began (the
 * first, slow to come on a busy computer, or one after another page's change) never writes over
 * their words, and Keep stores them.
 */
const fake = vi.hoisted(() => ({
  pending: [] as ((view: ReflectionView) => void)[],
  kept: [] as unknown[],
}));

vi.mock('@/utils/pages/options/loadInsight', () => ({
  loadReflection: (weekStart: string) =>
    new Promise<ReflectionView>((resolve) => {
      fake.pending.push(resolve);
    }).then((view) => ({ ...view, review: { ...view.review, weekStart } })),
}));
vi.mock('@/utils/doors/reviews', () => ({
  keepReview: async (review: unknown) => {
    fake.kept.push(review);
  },
}));

afterEach(cleanup);

it('keeps words typed before the stored review was read, and Keep stores them', async () => {
  render(<ReflectionCard weekStart="2026-12-07" />);
  await waitFor(() => expect(fake.pending.length).toBeGreaterThan(0));
  const helped = screen.getByLabelText('What helped this week?') as HTMLTextAreaElement;
  fireEvent.input(helped, { target: { value: 'Walking after lunch' } });
  for (const resolve of fake.pending.splice(0))
    resolve({ review: { weekStart: '2026-12-07' }, steps: [] });
  const keep = screen.getByRole('button', { name: 'Keep my review' }) as HTMLButtonElement;
  await waitFor(() => expect(keep.disabled).toBe(false));
  // Preact runs effects after the frame: let the read's effect run before looking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(helped.value).toBe('Walking after lunch');
  fireEvent.click(keep);
  await waitFor(() =>
    expect(fake.kept).toEqual([
      expect.objectContaining({ weekStart: '2026-12-07', helped: 'Walking after lunch' }),
    ]),
  );
});
