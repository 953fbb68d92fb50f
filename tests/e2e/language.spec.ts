/**
 * The person's language, proved with the test build's pseudo-language: picked in Settings, it
 * switches open pages without a reload, reaches every page, a reminder, the summary and the
 * welcome, and the next new tab's and popup's first frames. Any sentence of the English catalogue
 * still on screen is one the words module missed.
 */
import type { Page } from '@playwright/test';
import { pseudoText } from '@/utils/copy/lang/pseudo';
import { countryChoices } from '@/utils/copy/lang/regions';
import { CRISIS_LINES, EMERGENCY, EU_EMERGENCY } from '@/utils/core/crisis/lines';
import {
  englishOn,
  mark,
  OWN_WORDS,
  recordNotifications,
  someDays,
  stillMarked,
} from './catalogue';
import { backup, connection, health, textFriend, tomorrowCue, walk } from './data';
import { expect, test } from './fixtures';

/**
 * Text on a page that is neither the pseudo-language nor the person's own words: each text node
 * (and label) must carry the pseudo-language's marks ("[", "·"), or be the person's words, a
 * number, an address, or punctuation. Finds what the catalogue check cannot: words built by a
 * function, or written into a component.
 */
async function unmarkedOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script,style,[hidden]') || !el.checkVisibility()) continue;
      out.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder']) out.push(el.getAttribute(a) ?? '');
    return out;
  });
  return texts
    .map((t) => t.trim())
    .filter(
      (t) =>
        /[A-Za-z]{2}/.test(t) &&
        !/[[·\]]/.test(t) &&
        !OWN_WORDS.some((own) => own.includes(t) || t.includes(own)) &&
        !isDate(t) &&
        !CRISIS_DATA.has(t) &&
        !/^(?:[\w.-]+\.(?:com|org|net)|https?:\S+)$/.test(t),
    );
}

/**
 * What crisis help shows as data, not words (issue 27): the lines' names, hours and notes and
 * their sources' names as their operators write them, and countries as `Intl` names them (the
 * pseudo-language names them as English does).
 */
const CRISIS_DATA = new Set([
  ...CRISIS_LINES.flatMap((l) => [l.name, l.hours, l.languageNote ?? '', l.source.name]),
  ...[...Object.values(EMERGENCY), EU_EMERGENCY].map((e) => e.source.name),
  ...countryChoices('en').map((c) => c.name),
]);

/**
 * Weekday and month names, and the "AM" and "PM" of clock times, as `Intl` writes them: dates and
 * times follow the words' locale (the pseudo-language formats as English), which unit tests
 * check per language.
 */
const CALENDAR_WORDS = new Set(
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].flatMap((n) => [
    ...(['long', 'short'] as const).flatMap((style) => [
      new Date(2026, n, 1).toLocaleDateString('en', { month: style }),
      new Date(2026, 0, 1 + (n % 7)).toLocaleDateString('en', { weekday: style }),
    ]),
    ...(new Date(2026, 0, 1, n * 2)
      .toLocaleTimeString('en', { timeStyle: 'short' })
      .match(/[A-Za-z]+/g) ?? []),
  ]),
);

/** True for a date or a clock time as `Intl` writes it ("Monday, December 7", "Tue", "2:07 PM"). */
const isDate = (text: string) =>
  (text.match(/[A-Za-z]+/g) ?? []).every((word) => CALENDAR_WORDS.has(word));

test('picked in Settings, the pseudo-language reaches every page, a reminder and the first frames', async ({
  seed,
  newtab,
  popup,
  options,
  serviceWorker,
  context,
}) => {
  await seed(
    backup({
      values: [health, connection],
      commitments: [walk({ kind: 'browser-start' }), textFriend(tomorrowCue())],
      entries: someDays(),
    }),
  );
  await newtab.open();
  await expect(newtab.page.getByRole('button', { name: 'One minute to land' })).toBeVisible();
  await mark(newtab.page);
  await popup.open();
  await expect(popup.page.getByText('What did you do?')).toBeVisible();
  await mark(popup.page);

  await options.openAt('settings');
  // Picked from the keyboard's place: the page keeps the select (and its focus), nothing reloads.
  await options.page.getByLabel('Language').focus();
  await options.page.getByLabel('Language').selectOption({ label: 'Pseudo' });
  await expect(
    options.page.getByRole('heading', { name: pseudoText('Settings'), exact: true }),
  ).toBeVisible();
  await expect(options.page.getByLabel(pseudoText('Language'))).toBeFocused();

  // The open new tab and popup switch where they stand, with no reload.
  await expect(
    newtab.page.getByRole('button', { name: pseudoText('One minute to land') }),
  ).toBeVisible();
  await expect(popup.page.getByText(pseudoText('What did you do?'))).toBeVisible();
  expect(await stillMarked(newtab.page)).toBe(true);
  expect(await stillMarked(popup.page)).toBe(true);
  await expect(newtab.page).toHaveTitle(pseudoText('New tab'));
  await expect(newtab.page.locator('html')).toHaveAttribute('lang', 'en-XA');

  // A win logged in the popup is answered in the pseudo-language too.
  await popup.page.getByLabel(pseudoText('What did you do?')).fill('Drank a glass of water');
  await popup.page.getByRole('button', { name: pseudoText('Log a win') }).click();
  await expect(popup.page.getByRole('status').first()).toContainText('·');

  for (const [page, name] of [
    [newtab.page, 'newtab'],
    [popup.page, 'popup'],
  ] as const) {
    expect(await englishOn(page), `English on the ${name}`).toEqual([]);
    expect.soft(await unmarkedOn(page), `words not from the catalogue on the ${name}`).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/pseudo-${name}.png`, fullPage: true });
  }
  for (const view of [
    'welcome',
    'steps',
    'review',
    'history',
    'settings',
    'data',
    'help',
    'summary',
  ] as const) {
    await options.openAt(view);
    await options.page.waitForLoadState('networkidle');
    expect(await englishOn(options.page), `English on #${view}`).toEqual([]);
    expect
      .soft(await unmarkedOn(options.page), `words not from the catalogue on #${view}`)
      .toEqual([]);
    await options.screenshot(`pseudo-options-${view}`);
  }

  // The next reminder speaks it.
  await recordNotifications(serviceWorker);
  await serviceWorker.evaluate(() => (chrome.runtime.onStartup as any).dispatch());
  const reminder = await expect
    .poll(() => serviceWorker.evaluate(() => (self as { shown?: unknown[] }).shown?.length))
    .toBe(1)
    .then(() => serviceWorker.evaluate(() => (self as unknown as { shown: any[] }).shown[0]));
  expect(reminder.title).toMatch(/^\[.+·\]$/);
  expect(reminder.message).toMatch(/^\[.+·\]$/);
  // The person's own words stay as they wrote them.
  expect(reminder.message).toContain('walk for ten minutes');
  expect(reminder.buttons?.map((b: { title: string }) => b.title)).toEqual([
    pseudoText('Done'),
    pseudoText('Smaller step'),
  ]);

  // A fresh new tab's first frame, drawn before any module runs, is in it already.
  const fresh = await context.newPage();
  await fresh.route(/\/chunks\/newtab-[^/]*\.js$/, (route) => route.abort());
  await fresh.goto(newtab.url);
  await expect(fresh.locator('#statement-eyebrow')).toHaveText(pseudoText("Today's value"));
  await fresh.close();

  // The toolbar opens the popup made in it, whose first frame is in it before its script runs.
  const page = await serviceWorker.evaluate(() => chrome.action.getPopup({}));
  expect(page).toMatch(/\/popup-qps\.html$/);
  const first = await context.newPage();
  await first.route(/\/chunks\/.*\.js$/, (route) => route.abort());
  await first.goto(page);
  await expect(first.getByText(pseudoText('What did you do?'))).toBeVisible();
  await first.close();
});

test('back to "Same as this browser", every page speaks English again, without a reload', async ({
  seed,
  newtab,
  options,
}) => {
  await seed(backup({ values: [health], settings: { language: 'qps' } }));
  await newtab.open();
  await expect(
    newtab.page.getByRole('link', { name: pseudoText('Help and crisis support') }),
  ).toBeVisible();
  await mark(newtab.page);
  await options.openAt('settings');
  await options.page
    .getByLabel(pseudoText('Language'))
    .selectOption({ label: pseudoText('Same as this browser') });
  await expect(options.page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await expect(newtab.page.getByRole('link', { name: 'Help and crisis support' })).toBeVisible();
  expect(await stillMarked(newtab.page)).toBe(true);
  expect(await options.page.evaluate(() => localStorage.getItem('footholds:language'))).toBe(
    'auto',
  );
});
