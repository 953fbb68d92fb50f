// @vitest-environment happy-dom
/**
 * A page's language: kept for the next page's first frame, started in before the first render,
 * and followed at once when another page changes it (a `storage` event).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setLanguage } from '@/utils/copy/lang/switch';
import { language } from '@/utils/copy/lang/words';
import { LOCAL_KEYS } from '@/utils/model/keys';
import { followLanguage } from '@/utils/pages/followLanguage';
import { applyLanguage } from '@/utils/pages/language';
import { englishAtStart, speaksNow } from '@/utils/pages/savedLanguage';
import { startLanguage } from '@/utils/pages/startLanguage';

beforeEach(() => localStorage.clear());
afterEach(async () => {
  await setLanguage('en', 'en');
});

it('keeps the setting for the next page and marks what this page speaks', async () => {
  expect(englishAtStart()).toBe(true);
  expect(await applyLanguage('qps')).toBe('qps');
  expect(localStorage.getItem(LOCAL_KEYS.language)).toBe('qps');
  expect(document.documentElement.lang).toBe('en-XA');
  expect(document.documentElement.dataset.speaks).toBe(speaksNow());
  expect(speaksNow()).toBe('qps|en');
  expect(englishAtStart()).toBe(false);
});

it('starts in the kept language before the first render, with nothing to load for English', async () => {
  expect(await startLanguage(true)).toBe('en');
  localStorage.setItem(LOCAL_KEYS.language, 'qps');
  expect(await startLanguage(false)).toBe('qps');
  expect(language()).toBe('qps');
});

it("follows another page's change at once, and stops when asked", async () => {
  const stop = followLanguage();
  // Its first check of the stored setting (the default, "auto") settles first.
  await new Promise((r) => setTimeout(r, 50));
  expect(language()).toBe('en');
  localStorage.setItem(LOCAL_KEYS.language, 'qps');
  dispatchEvent(new StorageEvent('storage', { key: LOCAL_KEYS.language, newValue: 'qps' }));
  await expect.poll(() => language()).toBe('qps');
  stop();
  dispatchEvent(new StorageEvent('storage', { key: LOCAL_KEYS.language, newValue: 'en' }));
  await new Promise((r) => setTimeout(r, 20));
  expect(language()).toBe('qps');
});

it('follows a language an import brings (a notice of everything, not of settings alone)', async () => {
  const { freshDatabase } = await import('@/tests/unit/helpers');
  const { setSettings } = await import('@/utils/db/plan');
  const { announce } = await import('@/utils/doors/notices');
  await freshDatabase();
  const stop = followLanguage();
  await new Promise((r) => setTimeout(r, 50));
  expect(language()).toBe('en');
  // The import wrote the setting straight to the database, then said that everything changed.
  await setSettings({ language: 'qps' as 'en' });
  await announce({ from: 'import' }, 'all');
  await expect.poll(() => language()).toBe('qps');
  stop();
});
