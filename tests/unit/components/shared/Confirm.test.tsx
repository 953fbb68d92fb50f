// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Confirm } from '@/components/shared/Confirm';

afterEach(cleanup);

/** The delete question as the data view asks it. */
function ask(busy = false) {
  const onConfirm = vi.fn();
  const onKeep = vi.fn();
  render(
    <Confirm
      id="delete-confirm"
      level={4}
      heading="Delete everything stored here?"
      body="Your values, steps and every entry will be removed from this browser."
      confirm="Yes, delete everything"
      keep="Keep everything"
      onConfirm={onConfirm}
      onKeep={onKeep}
      busy={busy}
    />,
  );
  return { onConfirm, onKeep };
}

describe('a question before something is replaced or removed (issue 19)', () => {
  it('makes keeping the filled, first and focused choice, described by the question', () => {
    ask();
    const keep = screen.getByRole('button', { name: 'Keep everything' });
    const yes = screen.getByRole('button', { name: 'Yes, delete everything' });
    expect(keep.classList.contains('primary')).toBe(true);
    expect(yes.classList.contains('primary')).toBe(false);
    expect(screen.getAllByRole('button')[0]).toBe(keep);
    expect(document.activeElement).toBe(keep);
    const describedBy = (keep.getAttribute('aria-describedby') ?? '').split(' ');
    const said = describedBy.map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(said).toContain('Delete everything stored here?');
    expect(said).toContain('every entry will be removed');
  });

  it('keeps on Escape, and goes ahead only on its own button', () => {
    const { onConfirm, onKeep } = ask();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep everything' }), { key: 'Escape' });
    expect(onKeep).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('lets Escape wait while the change is being made', () => {
    const { onKeep } = ask(true);
    fireEvent.keyDown(screen.getByRole('region'), { key: 'Escape' });
    expect(onKeep).not.toHaveBeenCalled();
  });
});
