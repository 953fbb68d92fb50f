// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TodayStepList } from '@/components/popup/TodayStepList';
import { makeCommitment, makeValue, win } from '@/tests/unit/factories';
import type { PopupStep } from '@/utils/pages/popup/popupView';

afterEach(cleanup);

const day = '2026-11-23';
const value = makeValue('v1', 'Health');
const step = (id: string, words: string, done = false): PopupStep => ({
  commitment: makeCommitment(id, { step: words }),
  value,
  logged: done ? win(day, { commitmentId: id }) : undefined,
});
const five = (done: string[]) =>
  [
    ['a', 'Walk for ten minutes'],
    ['b', 'Text one friend'],
    ['c', 'Drink a glass of water'],
    ['d', 'Stretch for two minutes'],
    ['e', 'Call my sister'],
  ].map(([id, words]) => step(id, words, done.includes(id)));
const noop = () => {};

describe('TodayStepList (issue 19)', () => {
  it('shows open steps one line each and folds the done ones into "2 done today"', () => {
    const { container } = render(
      <TodayStepList steps={five(['a', 'b'])} answeredHere={[]} onDone={noop} onUndo={noop} />,
    );
    const details = container.querySelector('details.handled') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('2 done today');
    // The folded rows keep their Undo inside; the open rows are outside the fold.
    expect(
      details.contains(screen.getByRole('button', { name: 'Undo: Walk for ten minutes' })),
    ).toBe(true);
    for (const words of ['Drink a glass of water', 'Stretch for two minutes', 'Call my sister']) {
      const done = screen.getByRole('button', { name: `Done: ${words}` });
      expect(details.contains(done)).toBe(false);
      expect(screen.getByText(words).getAttribute('dir')).toBe('auto');
    }
  });

  it('keeps a step done in this popup in its place, and opens the fold when all are done', () => {
    const { container, rerender } = render(
      <TodayStepList steps={five(['a', 'b'])} answeredHere={['b']} onDone={noop} onUndo={noop} />,
    );
    const undoB = screen.getByRole('button', { name: 'Undo: Text one friend' });
    expect(container.querySelector('details')?.contains(undoB)).toBe(false);
    expect(container.querySelector('summary')?.textContent).toBe('1 done today');
    rerender(
      <TodayStepList
        steps={five(['a', 'b', 'c', 'd', 'e'])}
        answeredHere={[]}
        onDone={noop}
        onUndo={noop}
      />,
    );
    expect((container.querySelector('details') as HTMLDetailsElement).open).toBe(true);
    expect(container.querySelector('summary')?.textContent).toBe('5 done today');
  });

  it('after Done, focus goes to the row’s Undo rather than falling to the page', async () => {
    const onDone = vi.fn();
    const { rerender } = render(
      <TodayStepList steps={five([])} answeredHere={[]} onDone={onDone} onUndo={noop} />,
    );
    const done = screen.getByRole('button', { name: 'Done: Text one friend' });
    done.focus();
    fireEvent.click(done);
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ logged: undefined }), 'full');
    rerender(
      <TodayStepList steps={five(['b'])} answeredHere={['b']} onDone={onDone} onUndo={noop} />,
    );
    const undo = screen.getByRole('button', { name: 'Undo: Text one friend' });
    await vi.waitFor(() => expect(document.activeElement).toBe(undo));
  });
});
