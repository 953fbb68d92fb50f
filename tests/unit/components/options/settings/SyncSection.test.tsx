// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncSection } from '@/components/options/settings/SyncSection';
import { announce, WORKER } from '@/utils/doors/notices';
import type { MergeSummary, SyncStatus } from '@/utils/doors/sync';

/** The sync door as this test wants it: a status it can set, and calls it can count. */
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
  return {
    fresh,
    status: fresh(),
    summary: null as MergeSummary | null,
    refuse: false,
    calls: [] as string[],
  };
});

vi.mock('@/utils/doors/sync', () => ({
  readSyncStatus: async () => ({ ...door.status }),
  turnSyncOn: async () => {
    door.calls.push('on');
    if (door.refuse) throw new Error('no sync here');
    Object.assign(door.status, { on: true, bytesInUse: 3_072, merged: door.summary });
    return door.summary;
  },
  turnSyncOff: async () => {
    door.calls.push('off');
    Object.assign(door.status, { on: false, merged: null });
  },
  removeSyncedCopy: async () => {
    door.calls.push('remove');
    door.status.bytesInUse = 0;
  },
  setHardDaysSync: async (on: boolean) => {
    door.calls.push(on ? 'hardDays on' : 'hardDays off');
    door.status.hardDays = on;
  },
}));

beforeEach(() => {
  door.status = door.fresh();
  door.summary = null;
  door.refuse = false;
  door.calls = [];
});
afterEach(cleanup);

const choice = () =>
  screen.getByRole('checkbox', { name: 'My values, steps and settings' }) as HTMLInputElement;

/** Renders the section and waits for the door's first answer. */
async function open() {
  render(<SyncSection />);
  await waitFor(() => expect(choice().disabled).toBe(false));
}

describe('the Sync section (issue 22)', () => {
  it('is headed "Sync", off by default, and says what goes and what stays', async () => {
    await open();
    expect(screen.getByRole('heading', { name: 'Sync', level: 3 })).toBeTruthy();
    expect(choice().checked).toBe(false);
    expect(screen.getByText(/steps with their cues and pauses/)).toBeTruthy();
    expect(screen.getByText(/Footholds itself still sends nothing anywhere/)).toBeTruthy();
    expect(screen.getByText(/“Extensions”.*“Add-ons”/)).toBeTruthy();
    expect(screen.queryByLabelText('Sync storage in use')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove the synced copy' })).toBeNull();
    expect(door.calls).toEqual([]);
  });

  it('turns sync on when ticked, then shows the share of sync storage in use', async () => {
    await open();
    fireEvent.click(choice());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Sync is on for this computer.'),
    );
    expect(door.calls).toEqual(['on']);
    expect(choice().checked).toBe(true);
    // A <meter> named by its label (Playwright finds it by role in the e2e spec).
    const meter = await screen.findByLabelText('Sync storage in use');
    expect(meter.tagName).toBe('METER');
    expect(meter.getAttribute('aria-valuetext')).toBe('Using 3 KB of 100 KB');
    expect(screen.getByText('Using 3 KB of 100 KB')).toBeTruthy();
  });

  it('shows "Also my plan for hard days" only while sync is on, off by default, and ticks it', async () => {
    const hardDays = () =>
      screen.queryByRole('checkbox', { name: 'Also my plan for hard days' }) as HTMLInputElement;
    await open();
    expect(hardDays()).toBeNull();
    fireEvent.click(choice());
    await waitFor(() => expect(hardDays()).not.toBeNull());
    expect(hardDays().checked).toBe(false);
    fireEvent.click(hardDays());
    await waitFor(() => expect(hardDays().checked).toBe(true));
    expect(door.calls).toEqual(['on', 'hardDays on']);
    expect(screen.getByText(/your plan for hard days travels too/)).toBeTruthy();
  });

  it('says in one sentence what came together when both sides had a plan', async () => {
    door.summary = {
      here: { values: 2, commitments: 0 },
      there: { values: 3, commitments: 0 },
      now: { values: 4, commitments: 0 },
    };
    await open();
    fireEvent.click(choice());
    const sentence =
      'This computer had 2 values and your other computer 3; you now have 4 here and there.';
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(sentence));
    // Opened again later, the door's own record of the merge still says it.
    cleanup();
    await open();
    expect(screen.getByRole('status').textContent).toContain(sentence);
  });

  it.each([
    ['quota', /Sync storage is full/],
    ['rate', /It will try again shortly/],
    ['unavailable', /sync is off, or you are not signed in/],
    ['other', /could not reach the browser's sync storage/],
  ] as const)('says a %s problem in plain words, described on the checkbox', async (kind, said) => {
    door.status = { ...door.fresh(), on: true, bytesInUse: 1_000, problem: { kind, at: 1 } };
    await open();
    const line = screen.getByText(said);
    expect(line.textContent).toMatch(/everything is kept here/i);
    expect(choice().getAttribute('aria-describedby')).toContain(line.id);
  });

  it('leaves a problem unsaid while sync is off', async () => {
    door.status = { ...door.fresh(), problem: { kind: 'quota', at: 1 } };
    await open();
    expect(screen.queryByText(/Sync storage is full/)).toBeNull();
  });

  it('turns sync off when unticked, and offers to remove the synced copy after a question', async () => {
    door.status = { ...door.fresh(), on: true, bytesInUse: 3_072 };
    await open();
    expect(choice().checked).toBe(true);
    fireEvent.click(choice());
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Sync is off for this computer.'),
    );
    expect(door.calls).toEqual(['off']);
    expect(choice().checked).toBe(false);
    expect(screen.queryByLabelText('Sync storage in use')).toBeNull();

    // Keeping is the first, focused choice, and removes nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Remove the synced copy' }));
    const keep = screen.getByRole('button', { name: 'Keep the synced copy' });
    expect(document.activeElement).toBe(keep);
    expect(screen.getByText(/Your values, steps and settings stay on this computer/)).toBeTruthy();
    fireEvent.click(keep);
    const remove = await screen.findByRole('button', { name: 'Remove the synced copy' });
    await waitFor(() => expect(document.activeElement).toBe(remove));
    expect(door.calls).toEqual(['off']);

    // The offer is still there after a visit elsewhere.
    cleanup();
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the synced copy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('The synced copy was removed.'),
    );
    expect(door.calls).toEqual(['off', 'remove']);
    expect(screen.queryByRole('button', { name: 'Remove the synced copy' })).toBeNull();
  });

  it('says so calmly when sync cannot be turned on, and leaves the box unticked', async () => {
    door.refuse = true;
    await open();
    fireEvent.click(choice());
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Sync could not be changed just now. Nothing here was changed',
      ),
    );
    await waitFor(() => expect(choice().checked).toBe(false));
    expect(screen.queryByLabelText('Sync storage in use')).toBeNull();
  });

  it('follows a change announced elsewhere (another page, or the worker)', async () => {
    await open();
    door.status = { ...door.fresh(), on: true, bytesInUse: 10_240 };
    await announce(WORKER, 'settings');
    await waitFor(() => expect(choice().checked).toBe(true));
    expect(screen.getByText('Using 10 KB of 100 KB')).toBeTruthy();
  });
});
