/**
 * The worker's language: a reminder speaks the stored setting's language, and the toolbar opens
 * the popup made in it; back to "auto", English again.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '@/tests/unit/helpers';
import { setLanguage } from '@/utils/copy/lang/switch';
import { language } from '@/utils/copy/lang/words';
import { addCommitment, addValue, setSettings } from '@/utils/db/plan';
import { remindDue } from '@/utils/worker/cues';
import { followStoredLanguage } from '@/utils/worker/language';

/** Monday 23 November 2026, local time. */
const at = (h: number) => new Date(2026, 10, 23, h);

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(5));
  await setSettings({ quietHours: null });
});

afterEach(async () => {
  vi.useRealTimers();
  await setLanguage('en', 'en');
});

it("shows a reminder in the stored language, and points the toolbar at that language's popup", async () => {
  const value = await addValue({ name: 'Health', looksLike: 'I move', why: 'It steadies me.' });
  await addCommitment({
    valueId: value.id,
    step: 'Walk for ten minutes',
    smallerStep: 'Shoes on',
    minutes: 10,
    cue: { kind: 'time', at: '12:00', days: [1] },
  });
  const popup = vi.spyOn(fakeBrowser.action, 'setPopup');
  const create = vi.spyOn(fakeBrowser.notifications, 'create');

  // Changed while this worker slept: the reminder reads the stored setting itself.
  await setSettings({ language: 'qps' as 'en' });
  expect(language()).toBe('en');
  expect(await remindDue(at(12))).toBe(1);
  const shown = create.mock.calls[0][1] as unknown as { title: string; message: string };
  expect(shown.title).toMatch(/^\[.*·\]$/);
  // The person's own words are kept as they wrote them.
  expect(shown.message).toContain('walk for ten minutes');
  expect(shown.message).toMatch(/^\[/);

  await followStoredLanguage();
  expect(language()).toBe('qps');
  expect(popup).toHaveBeenLastCalledWith({ popup: '/popup-qps.html' });

  await setSettings({ language: 'auto' });
  await followStoredLanguage();
  expect(language()).toBe('en');
  expect(popup).toHaveBeenLastCalledWith({ popup: '/popup.html' });
});

it('follows a language an import brings: the toolbar opens that language popup at once', async () => {
  const { handleDataChange } = await import('@/utils/worker/lifecycle');
  const popup = vi.spyOn(fakeBrowser.action, 'setPopup');
  await setSettings({ language: 'qps' as 'en' });
  // An import says everything changed ('all'), not 'settings' by name.
  await handleDataChange({ at: Date.now(), kinds: ['all'], origin: { from: 'import' } });
  expect(language()).toBe('qps');
  expect(popup).toHaveBeenLastCalledWith({ popup: '/popup-qps.html' });
});
