import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { isOnToolbar, watchToolbar } from '@/utils/pages/options/toolbar';

type Action = { getUserSettings?: unknown; onUserSettingsChanged?: unknown };
const action = browser.action as unknown as Action;
const original = { ...action };

afterEach(() => {
  action.getUserSettings = original.getUserSettings;
  action.onUserSettingsChanged = original.onUserSettingsChanged;
});

describe('whether the toolbar button is on the toolbar (issue 19)', () => {
  it('reads the browser’s answer', async () => {
    action.getUserSettings = async () => ({ isOnToolbar: true });
    expect(await isOnToolbar()).toBe(true);
    action.getUserSettings = async () => ({ isOnToolbar: false });
    expect(await isOnToolbar()).toBe(false);
  });

  it('answers "not on the toolbar", so the hint shows, where the browser cannot say', async () => {
    action.getUserSettings = undefined;
    expect(await isOnToolbar()).toBe(false);
    action.getUserSettings = async () => ({});
    expect(await isOnToolbar()).toBe(false);
    action.getUserSettings = async () => {
      throw new Error('not supported');
    };
    expect(await isOnToolbar()).toBe(false);
  });

  it('follows a pin or unpin while the page is open, where the browser tells', () => {
    const listeners = new Set<(change: { isOnToolbar?: boolean }) => void>();
    action.onUserSettingsChanged = {
      addListener: (l: (change: { isOnToolbar?: boolean }) => void) => listeners.add(l),
      removeListener: (l: (change: { isOnToolbar?: boolean }) => void) => listeners.delete(l),
    };
    const seen: boolean[] = [];
    const stop = watchToolbar((on) => seen.push(on));
    for (const l of listeners) l({ isOnToolbar: true });
    for (const l of listeners) l({});
    stop();
    expect(listeners.size).toBe(0);
    expect(seen).toEqual([true]);
    action.onUserSettingsChanged = undefined;
    expect(() => watchToolbar(() => {})()).not.toThrow();
  });
});
