// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HardDaysPanel } from '@/components/options/hardDays/HardDaysPanel';
import { emptyHardDaysPlan, type HardDaysPlan } from '@/utils/model/hardDays';
import type { Commitment } from '@/utils/model/types';
import { makeCommitment } from '../../../factories';

/**
 * "My plan for hard days" as a person uses it: each part's field by its exact label, lines added
 * with Enter and kept at once, Remove with Undo, a phone number as a link, the one-tap ideas, the
 * fail-safe routine and printing. The doors are stand-ins: the data layer is tested on its own.
 */
const fake = vi.hoisted(() => ({
  plan: null as HardDaysPlan | null,
  commitments: [] as Commitment[],
  kept: [] as HardDaysPlan[],
  wins: [] as unknown[],
}));

vi.mock('@/utils/pages/options/hardDaysView', async (original) => ({
  ...(await original<typeof import('@/utils/pages/options/hardDaysView')>()),
  loadHardDays: async () => ({ plan: fake.plan, commitments: fake.commitments }),
}));
vi.mock('@/utils/doors/hardDays', () => ({
  readHardDaysPlan: async () => fake.plan,
  keepHardDaysPlan: async (plan: HardDaysPlan) => {
    fake.kept.push(plan);
    return plan;
  },
}));
vi.mock('@/utils/doors/log', () => ({
  logStepWin: async (asked: unknown) => {
    fake.wins.push(asked);
    return { entry: {}, already: false };
  },
}));

const LABELS = [
  'Signs a hard day is coming',
  'What I can do on my own',
  'People and places that take my mind off things',
  'People I can ask for help',
  'Professional and crisis help',
  'Making my surroundings safer',
];

const lastKept = () => fake.kept.at(-1);

/** A part of the plan: the card its field, found by its exact label, is in. */
async function part(label: string): Promise<HTMLElement> {
  const field = await screen.findByLabelText(label);
  return field.closest('section') as HTMLElement;
}

beforeEach(() => {
  fake.plan = null;
  fake.commitments = [];
  fake.kept = [];
  fake.wins = [];
});
afterEach(cleanup);

describe('with no plan yet', () => {
  it('invites, in one line, and has each part’s field under its exact label', async () => {
    render(<HardDaysPanel />);
    await screen.findByText(/When you feel up to it, write one line in any part/);
    for (const label of LABELS) expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.getAllByLabelText('How to reach them')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Start my routine' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'findahelpline.com' })).toBeTruthy();
  });

  it('adds a line with Enter, keeps it at once, and clears the field for the next', async () => {
    render(<HardDaysPanel />);
    const field = (await screen.findByLabelText(LABELS[0])) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '  I stop answering messages ' } });
    fireEvent.submit(field.form as HTMLFormElement);
    await waitFor(() => expect(lastKept()?.signs).toEqual(['I stop answering messages']));
    expect(field.value).toBe('');
    expect(within(await part(LABELS[0])).getByText('I stop answering messages')).toBeTruthy();
    expect(screen.queryByText(/When you feel up to it/)).toBeNull();
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('adds a person with a name and, in its own field, how to reach them', async () => {
    render(<HardDaysPanel />);
    const people = await part(LABELS[3]);
    fireEvent.input(within(people).getByLabelText(LABELS[3]), { target: { value: 'Ana' } });
    fireEvent.input(within(people).getByLabelText('How to reach them'), {
      target: { value: '+34 600 123 456' },
    });
    fireEvent.click(within(people).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(lastKept()?.people).toEqual([{ name: 'Ana', reach: '+34 600 123 456' }]),
    );
    const call = within(people).getByRole('link', { name: '+34 600 123 456' });
    expect(call.getAttribute('href')).toBe('tel:+34600123456');
  });

  it('adds an idea with one tap, and offers it no more', async () => {
    fake.commitments = [makeCommitment('c1', { smallerStep: 'Open the chat with one friend' })];
    render(<HardDaysPanel />);
    const onMyOwn = await part(LABELS[1]);
    fireEvent.click(within(onMyOwn).getByRole('button', { name: 'Open the chat with one friend' }));
    await waitFor(() => expect(lastKept()?.onMyOwn).toEqual(['Open the chat with one friend']));
    fireEvent.click(within(onMyOwn).getByRole('button', { name: 'One minute to land' }));
    await waitFor(() =>
      expect(lastKept()?.onMyOwn).toEqual(['Open the chat with one friend', 'One minute to land']),
    );
    expect(within(onMyOwn).queryByRole('button', { name: 'One minute to land' })).toBeNull();
    expect(within(onMyOwn).getByRole('button', { name: 'Drink a glass of water' })).toBeTruthy();
  });
});

describe('with a plan', () => {
  beforeEach(() => {
    fake.plan = {
      ...emptyHardDaysPlan(1),
      signs: ['I stop answering messages', 'I sleep in late'],
      people: [{ name: 'Sam', reach: 'sam@example.org' }],
    };
  });

  it('removes a line, and Undo puts it back where it was', async () => {
    render(<HardDaysPanel />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove “I stop answering messages”' }),
    );
    await waitFor(() => expect(lastKept()?.signs).toEqual(['I sleep in late']));
    expect(screen.getByText('Removed “I stop answering messages”.')).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() =>
      expect(lastKept()?.signs).toEqual(['I stop answering messages', 'I sleep in late']),
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    const back = screen.getByRole('button', { name: 'Remove “I stop answering messages”' });
    await waitFor(() => expect(document.activeElement).toBe(back));
  });

  it('shows a way to reach someone that is not a phone number as plain words', async () => {
    render(<HardDaysPanel />);
    await screen.findByText('sam@example.org');
    expect(screen.queryByRole('link', { name: 'sam@example.org' })).toBeNull();
  });

  it('prints with the browser’s own print, empty parts as lines to write on', async () => {
    const print = vi.fn();
    window.print = print;
    render(<HardDaysPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Print my plan' }));
    expect(print).toHaveBeenCalledOnce();
    // Signs and people are written; the other four parts print as blank lines.
    expect(document.querySelectorAll('.paper-blank')).toHaveLength(4);
    expect(document.querySelector('.paper-routine')?.getAttribute('data-paper')).toBe(
      'Only the minute to land',
    );
  });
});

describe('the fail-safe routine', () => {
  it('keeps the chosen step, runs the minute to land, then offers the step with Done', async () => {
    fake.commitments = [
      makeCommitment('c1', { step: 'Text one friend', smallerStep: 'Open the chat' }),
    ];
    render(<HardDaysPanel />);
    fireEvent.change(await screen.findByLabelText('My step for such days'), {
      target: { value: 'c1' },
    });
    await waitFor(() => expect(lastKept()?.routineStepId).toBe('c1'));
    fireEvent.click(screen.getByRole('button', { name: 'Start my routine' }));
    expect(await screen.findByRole('heading', { name: 'One minute to land' })).toBeTruthy();
    // The minute is paced; skipped here, it ends with the way on to the step.
    fireEvent.click(screen.getByRole('button', { name: 'Skip to the end' }));
    fireEvent.click(await screen.findByRole('button', { name: 'On to my step' }));
    const routine = screen.getByRole('region', { name: 'My fail-safe routine' });
    expect(await within(routine).findByText('Text one friend')).toBeTruthy();
    fireEvent.click(within(routine).getByRole('button', { name: 'Smaller step' }));
    expect(await within(routine).findByText('Open the chat')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(routine).getByRole('button', { name: 'Done' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Done, and kept. Showing up for yourself counts.');
    expect(fake.wins).toEqual([
      expect.objectContaining({
        size: 'smaller',
        source: 'options',
        commitment: fake.commitments[0],
      }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Back to my plan' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start my routine' })),
    );
  });

  it('is the minute alone when no step is chosen', async () => {
    render(<HardDaysPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start my routine' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip to the end' }));
    // With no step, the minute is the routine: it ends with Done, never "Back to my step".
    expect(screen.queryByRole('button', { name: 'Back to my step' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    expect(await screen.findByText('You took a minute for yourself. That counts.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
  });
});
