// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { CheckIn } from '@/components/popup/CheckIn';

afterEach(cleanup);

it('asks gently for both scales, then saves mood, energy and the note', async () => {
  const onSave = vi.fn(async () => true);
  render(<CheckIn onSave={onSave} />);
  fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
  expect(await screen.findByText('Pick a mood and an energy level first.')).toBeTruthy();
  expect(onSave).not.toHaveBeenCalled();
  const mood = screen.getByRole('group', { name: 'Mood' });
  const energy = screen.getByRole('group', { name: 'Energy' });
  fireEvent.click(mood.querySelector('input[value="2"]') as HTMLInputElement);
  fireEvent.click(energy.querySelector('input[value="4"]') as HTMLInputElement);
  fireEvent.input(screen.getByLabelText('Note'), { target: { value: ' tired ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
  await vi.waitFor(() => expect(onSave).toHaveBeenCalledWith(2, 4, 'tired'));
});

it('names each point of the scale in words, not only symbols', () => {
  render(<CheckIn onSave={async () => true} />);
  const mood = screen.getByRole('group', { name: 'Mood' });
  const names = [...mood.querySelectorAll('label')].map((l) => l.textContent);
  expect(names[0]).toContain('Very low');
  expect(names[4]).toContain('Very good');
});

it('says, as each scale’s description, that arrow keys choose (issue 19)', () => {
  render(<CheckIn onSave={async () => true} />);
  for (const name of ['Mood', 'Energy']) {
    const group = screen.getByRole('group', { name });
    const described = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Arrow keys choose');
  }
});
