// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PauseReminders } from '@/components/shared/PauseReminders';
import { freshDatabase } from '@/tests/unit/helpers';

beforeEach(freshDatabase);
afterEach(cleanup);

it('names each pause button by what it pauses, keeping the short words seen (issue 19)', async () => {
  render(<PauseReminders />);
  for (const [seen, name] of [
    ['A day', 'Pause reminders for a day'],
    ['Three days', 'Pause reminders for three days'],
    ['A week', 'Pause reminders for a week'],
  ]) {
    const button = await screen.findByRole('button', { name });
    expect(button.textContent).toBe(seen);
  }
});
