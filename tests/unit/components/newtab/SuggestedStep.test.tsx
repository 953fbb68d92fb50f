// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SuggestedStep } from '@/components/newtab/SuggestedStep';
import { freshDatabase } from '@/tests/unit/helpers';
import type { Suggestion } from '@/utils/core/suggest/suggestion';
import { entriesForDay } from '@/utils/db/log';
import { listCommitments, updateCommitment } from '@/utils/db/plan';
import { dayKey } from '@/utils/model/day';

const value = {
  id: 'v',
  name: 'Health',
  looksLike: 'I move',
  why: 'It helps.',
  status: 'active' as const,
  createdAt: 0,
};
const commitment = {
  id: 'c',
  valueId: 'v',
  step: 'Walk for ten minutes',
  smallerStep: 'Put on my shoes',
  minutes: 10,
  cue: { kind: 'first-tab' as const },
  status: 'active' as const,
  createdAt: 0,
};
const suggestion: Suggestion = {
  kind: 'commitment',
  reason: 'due',
  value,
  commitment,
  step: commitment.step,
  smallerStep: commitment.smallerStep,
  minutes: 10,
  size: 'full',
};

beforeEach(freshDatabase);
afterEach(cleanup);

const today = () => entriesForDay(dayKey(new Date()));

describe('SuggestedStep', () => {
  it('Done logs a win and answers with the week’s evidence; Undo takes it back', async () => {
    const onNext = vi.fn();
    render(<SuggestedStep suggestion={suggestion} winsWeek={4} source="newtab" onNext={onNext} />);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('status');
    expect(screen.getByRole('status').textContent).toContain('5 small wins this week');
    expect(await today()).toMatchObject([
      { kind: 'win', commitmentId: 'c', size: 'full', source: 'newtab' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await today()).toEqual([]));
    await screen.findByRole('button', { name: 'Done' });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Show the next step' }));
    expect(onNext).toHaveBeenCalled();
  });

  it('Smaller step shows the smaller version, and Done logs it as smaller', async () => {
    render(
      <SuggestedStep suggestion={suggestion} winsWeek={0} source="newtab" onNext={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Smaller step' }));
    expect(screen.getByText('Put on my shoes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('status');
    expect(await today()).toMatchObject([{ kind: 'win', size: 'smaller' }]);
  });

  it('Not today logs a skip and offers the smaller step or rest, kindly', async () => {
    render(
      <SuggestedStep suggestion={suggestion} winsWeek={0} source="newtab" onNext={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Not today' }));
    const said = await screen.findByRole('status');
    expect(said.textContent).not.toMatch(/fail|streak|should|lazy/i);
    // No reason until the person gives one.
    const [skip] = await today();
    expect(skip).toMatchObject({ kind: 'skip', commitmentId: 'c' });
    expect(skip).not.toHaveProperty('reason');
    expect(skip).not.toHaveProperty('updatedAt');
    fireEvent.click(screen.getByRole('button', { name: 'Rest today' }));
    // What happened, not "everything is handled".
    expect(screen.getByText('Okay, resting today. That counts too.')).toBeTruthy();
    expect(screen.queryByText(/Everything planned/)).toBeNull();
  });

  it('a rest suggestion (everything handled) still says so', () => {
    const rest: Suggestion = { kind: 'rest', reason: 'all-done', value, step: '', size: 'full' };
    render(<SuggestedStep suggestion={rest} winsWeek={3} source="newtab" onNext={() => {}} />);
    expect(screen.getByText(/Everything planned for today is handled/)).toBeTruthy();
  });

  it('says "Your first new tab of the day:" only on the first tab (issue 19)', () => {
    const first: Suggestion = { ...suggestion, reason: 'first-tab' };
    const { unmount } = render(
      <SuggestedStep suggestion={first} winsWeek={0} source="newtab" onNext={() => {}} firstTab />,
    );
    expect(screen.getByText('Your first new tab of the day:')).toBeTruthy();
    unmount();
    render(<SuggestedStep suggestion={first} winsWeek={0} source="newtab" onNext={() => {}} />);
    expect(screen.queryByText('Your first new tab of the day:')).toBeNull();
    expect(screen.getByText('Walk for ten minutes')).toBeTruthy();
  });

  it('tells the page which step it answered, and that Undo took it back (issue 19)', async () => {
    const onAnswer = vi.fn();
    render(
      <SuggestedStep
        suggestion={suggestion}
        winsWeek={0}
        source="newtab"
        onNext={() => {}}
        onAnswer={onAnswer}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Not today' }));
    await waitFor(() => expect(onAnswer).toHaveBeenLastCalledWith({ value, skipped: 'c' }));
    // Focus goes to the reply, not the page's body.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(onAnswer).toHaveBeenLastCalledWith(null));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' })),
    );
  });

  it('a step with no smaller version: Not today never mentions one; after Too big, "Make it smaller" names one and offers it', async () => {
    const bare = { ...commitment, smallerStep: '' };
    await updateCommitment(bare);
    const plain: Suggestion = { ...suggestion, commitment: bare, smallerStep: '' };
    render(<SuggestedStep suggestion={plain} winsWeek={1} source="newtab" onNext={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not today' }));
    const said = await screen.findByRole('status');
    expect(said.textContent).not.toMatch(/smaller step/i);
    expect(screen.queryByRole('button', { name: 'Try the smaller step' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Make it smaller' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Too big' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Make it smaller' }));
    const field = await screen.findByLabelText(/A smaller version of this step/);
    fireEvent.click(screen.getByRole('button', { name: 'Save smaller step' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    fireEvent.input(field, { target: { value: 'Stand at the door' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save smaller step' }));
    expect(await screen.findByText('Stand at the door')).toBeTruthy();
    expect((await listCommitments())[0].smallerStep).toBe('Stand at the door');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(async () =>
      expect(await today()).toMatchObject([
        { kind: 'skip' },
        { kind: 'win', size: 'smaller', stepText: 'Stand at the door' },
      ]),
    );
  });

  it('after Not today, one tap says why: stored as the reason, stamped as an edit', async () => {
    render(
      <SuggestedStep suggestion={suggestion} winsWeek={0} source="newtab" onNext={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Not today' }));
    const tooBig = await screen.findByRole('button', { name: 'Too big' });
    expect(screen.getByRole('button', { name: 'No time' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Just not today' })).toBeTruthy();
    fireEvent.click(tooBig);
    await waitFor(async () =>
      expect(await today()).toMatchObject([{ kind: 'skip', reason: 'too-big' }]),
    );
    const [skip] = await today();
    expect(skip.updatedAt).toBeGreaterThanOrEqual(skip.at);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Too big' }).getAttribute('aria-pressed')).toBe(
        'true',
      ),
    );
    expect(screen.getByRole('status').textContent).toContain('make this step smaller');
  });

  it('after Done, "How did it feel?" saves felt on that win, and is never required', async () => {
    render(
      <SuggestedStep suggestion={suggestion} winsWeek={0} source="newtab" onNext={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    const good = await screen.findByRole('radio', { name: /Really good/ });
    expect(screen.getByRole('group', { name: /How did it feel/ })).toBeTruthy();
    expect(await today()).toMatchObject([{ kind: 'win' }]);
    expect((await today())[0]).not.toHaveProperty('felt');
    fireEvent.click(good);
    await waitFor(async () => expect(await today()).toMatchObject([{ kind: 'win', felt: 5 }]));
    expect(screen.getByText('Noted. Thank you.')).toBeTruthy();
  });

  it('a starter step logs a free-text win with its value', async () => {
    const starter: Suggestion = {
      kind: 'starter',
      reason: 'no-commitment',
      value,
      step: 'Drink a glass of water',
      size: 'full',
    };
    render(<SuggestedStep suggestion={starter} winsWeek={0} source="newtab" onNext={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('status');
    expect(await today()).toMatchObject([
      { kind: 'win', valueId: 'v', text: 'Drink a glass of water' },
    ]);
  });
});
