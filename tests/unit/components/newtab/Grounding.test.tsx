// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Grounding } from '@/components/newtab/Grounding';
import { groundingCopy } from '@/utils/copy/grounding';

const w = groundingCopy.grounding;

/** Whether the person prefers less motion, as `matchMedia` answers. */
function prefersStill(still: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: still && query.includes('reduce'),
    media: query,
  }));
}

beforeEach(() => {
  vi.useFakeTimers();
  prefersStill(false);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('the grounding minute, paced', () => {
  it('shows one line at a time, moving on as the minute passes, then welcomes the person back', async () => {
    const onClose = vi.fn();
    render(<Grounding onClose={onClose} />);
    const line = () => document.querySelector('.grounding-line')?.textContent;
    expect(line()).toBe(w.lines[0]);
    expect(screen.queryByText(w.lines[1])).toBeNull();
    expect(screen.getByText(w.breatheIn)).toBeTruthy();
    await wait(4_250);
    expect(screen.getByText(w.breatheOut)).toBeTruthy();
    await wait(3_000);
    expect(line()).toBe(w.lines[1]);
    await wait(60_000);
    expect(line()).toBe(w.done);
    const back = screen.getByRole('button', { name: w.backToStep });
    expect(document.activeElement).toBe(back);
    fireEvent.click(back);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('holds still while paused, and goes on from where it was', async () => {
    render(<Grounding onClose={() => {}} />);
    await wait(7_000);
    const line = () => document.querySelector('.grounding-line')?.textContent;
    expect(line()).toBe(w.lines[1]);
    fireEvent.click(screen.getByRole('button', { name: w.pause }));
    await wait(30_000);
    expect(line()).toBe(w.lines[1]);
    const resume = screen.getByRole('button', { name: w.resume });
    expect(resume.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(resume);
    await wait(7_000);
    expect(line()).toBe(w.lines[2]);
  });

  it('skips to the end at once', async () => {
    render(<Grounding onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: w.skip }));
    await wait(0);
    expect(document.querySelector('.grounding-line')?.textContent).toBe(w.done);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  });

  it('is the plain list, with nothing moving, for a person who prefers less motion', async () => {
    prefersStill(true);
    render(<Grounding onClose={() => {}} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([...w.lines]);
    expect(document.querySelector('.breath')).toBeNull();
    expect(screen.queryByRole('button', { name: w.pause })).toBeNull();
    expect(screen.getByRole('button', { name: w.backToStep })).toBeTruthy();
  });
});
