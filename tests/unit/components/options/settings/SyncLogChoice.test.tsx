// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncSection } from '@/components/options/settings/SyncSection';
import type { SyncStatus } from '@/utils/doors/sync';

/**
 * Settings → Sync's second choice, "Also my log from the last 30 days" (enabled only while the
 * plan travels, off by default, fewer days said when the quota is short), and "Remind me on this
 * computer" with its one question on a computer that found another's plan waiting.
 */
const door = vi.hoisted(() => {
  const fresh = (): SyncStatus => ({
    on: false,
    bytesInUse: null,
    quotaBytes: 102_400,
    problem: null,
    merged: null,
    log: false,
    logDays: null,
    hardDays: false,
    hardDaysLeftOut: false,
    remindHere: true,
    askRemind: false,
  });
  return { fresh, status: fresh(), calls: [] as string[] };
});

vi.mock('@/utils/doors/sync', () => ({
  readSyncStatus: async () => ({ ...door.status }),
  turnSyncOn: async () => {
    door.calls.push('on');
    Object.assign(door.status, { on: true, bytesInUse: 2_048 });
    return null;
  },
  turnSyncOff: async () => {
    door.calls.push('off');
    Object.assign(door.status, { on: false });
  },
  removeSyncedCopy: async () => {},
  setLogSync: async (on: boolean) => {
    door.calls.push(`log ${on}`);
    door.status.log = on;
  },
  setRemindHere: async (on: boolean) => {
    door.calls.push(`remind ${on}`);
    Object.assign(door.status, { remindHere: on, askRemind: false });
  },
}));

beforeEach(() => {
  door.status = door.fresh();
  door.calls = [];
});
afterEach(cleanup);

const planChoice = () =>
  screen.getByRole('checkbox', { name: 'My values, steps and settings' }) as HTMLInputElement;
const logChoice = () =>
  screen.getByRole('checkbox', { name: 'Also my log from the last 30 days' }) as HTMLInputElement;

async function open() {
  render(<SyncSection />);
  await waitFor(() => expect(planChoice().disabled).toBe(false));
}

describe('"Also my log from the last 30 days"', () => {
  it('is off and cannot be ticked until the plan travels, and says what would go', async () => {
    await open();
    expect(logChoice().checked).toBe(false);
    expect(logChoice().disabled).toBe(true);
    expect(logChoice().getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Tick “My values, steps and settings” first/)).toBeTruthy();
    expect(screen.getByText(/wins, skips and check-ins from the last 30 days/)).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Remind me on this computer' })).toBeNull();
  });

  it('can be ticked once sync is on, and then says what stays', async () => {
    await open();
    fireEvent.click(planChoice());
    await waitFor(() => expect(logChoice().disabled).toBe(false));
    fireEvent.click(logChoice());
    await waitFor(() => expect(door.calls).toEqual(['on', 'log true']));
    await waitFor(() => expect(logChoice().checked).toBe(true));
    await waitFor(() =>
      expect(
        screen.getByText(/Entries older than 30 days and your weekly reflections stay/),
      ).toBeTruthy(),
    );
  });

  it('says how many days fit when 30 do not, described on the checkbox', async () => {
    door.status = { ...door.fresh(), on: true, bytesInUse: 90_000, log: true, logDays: 12 };
    await open();
    const line = screen.getByText(/Only the last 12 days of your log fit/);
    expect(logChoice().getAttribute('aria-describedby')).toContain(line.id);
  });
});

describe('"Remind me on this computer"', () => {
  it('is ticked on the first computer, and unticking it is said', async () => {
    door.status = { ...door.fresh(), on: true, bytesInUse: 1_024 };
    await open();
    const remind = screen.getByRole('checkbox', { name: 'Remind me on this computer' });
    expect((remind as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('button', { name: 'Remind me here too' })).toBeNull();
    fireEvent.click(remind);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'This computer shows no reminders while sync is on.',
      ),
    );
    expect(door.calls).toEqual(['remind false']);
  });

  it('asks once on a computer that found another plan waiting', async () => {
    door.status = { ...door.fresh(), on: true, bytesInUse: 1_024, askRemind: true };
    await open();
    expect(screen.getByRole('heading', { name: 'Reminders on this computer too?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Only on my other computers' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Reminders on this computer too?' })).toBeNull(),
    );
    expect(door.calls).toEqual(['remind false']);
    expect(
      (screen.getByRole('checkbox', { name: 'Remind me on this computer' }) as HTMLInputElement)
        .checked,
    ).toBe(false);
  });
});
