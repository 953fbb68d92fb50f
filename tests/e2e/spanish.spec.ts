/**
 * Footholds in Spanish: in a Spanish browser (`--lang=es`, locale es-ES) every page, a reminder,
 * the summary and the welcome speak Spanish with no sentence of the English catalogue; in an
 * English browser, "Español" picked in Settings switches an open new tab and the popup without a
 * reload. The Spanish words are read from their own files, never typed again here.
 */
import esCore from '@/utils/copy/es/core';
import esMicrowin from '@/utils/copy/es/microwin';
import esOnboarding from '@/utils/copy/es/options/onboarding';
import esSettings from '@/utils/copy/es/options/settings';
import esPopup from '@/utils/copy/es/popup';
import esToday from '@/utils/copy/es/today';
import esTodayView from '@/utils/copy/es/todayView';
import { englishOn, mark, recordNotifications, someDays, stillMarked } from './catalogue';
import { backup, connection, health, textFriend, tomorrowCue, walk } from './data';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/OptionsPage';

const VIEWS = [
  'welcome',
  'steps',
  'review',
  'history',
  'settings',
  'data',
  'help',
  'summary',
] as const;

test.describe('a Spanish browser', () => {
  test.use({ browserLanguage: 'es' });

  test('every page, a reminder, the summary and the welcome speak Spanish', async ({
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
    await expect(newtab.page.getByRole('button', { name: esCore.actions.grounding })).toBeVisible();
    await expect(newtab.page).toHaveTitle(esToday.today.tabTitle);
    await expect(newtab.page.locator('html')).toHaveAttribute('lang', /^es\b/);
    await expect(newtab.page.locator('#statement-eyebrow')).toHaveText(
      esTodayView.todayView.eyebrow,
    );
    expect(await englishOn(newtab.page), 'English on the new tab').toEqual([]);
    await newtab.screenshot('es-newtab');
    // The next new tab's first frame, from the snapshot, is Spanish before any module runs.
    const fresh = await context.newPage();
    await fresh.route(/\/chunks\/newtab-[^/]*\.js$/, (route) => route.abort());
    await fresh.goto(newtab.url);
    await expect(fresh.locator('#statement-eyebrow')).toHaveText(esTodayView.todayView.eyebrow);
    await fresh.close();

    // The toolbar opens the popup made in Spanish; a win is answered in Spanish.
    const popupPage = await serviceWorker.evaluate(() => chrome.action.getPopup({}));
    expect(popupPage).toMatch(/\/popup-es\.html$/);
    // Its first frame, before any script runs, is Spanish and says so.
    const first = await context.newPage();
    await first.route(/\/chunks\/.*\.js$/, (route) => route.abort());
    await first.goto(popupPage);
    await expect(first.getByText(esPopup.popup.whatDidYouDo)).toBeVisible();
    await expect(first.locator('html')).toHaveAttribute('lang', 'es');
    await first.close();
    popup.page = await context.newPage();
    await popup.page.setViewportSize({ width: 380, height: 900 });
    await popup.page.goto(popupPage);
    await popup.page.getByLabel(esPopup.popup.whatDidYouDo).fill('Bebí un vaso de agua');
    await popup.page.getByRole('button', { name: esPopup.popup.logWin }).click();
    await expect(popup.page.getByRole('status').first()).toContainText(/\S/);
    expect(await englishOn(popup.page), 'English on the popup').toEqual([]);
    await popup.screenshot('es-popup');

    for (const view of VIEWS) {
      await options.openAt(view);
      await options.page.waitForLoadState('networkidle');
      await expect(options.page.locator('html')).toHaveAttribute('lang', /^es\b/);
      expect(await englishOn(options.page), `English on #${view}`).toEqual([]);
      await options.screenshot(`es-options-${view}`);
    }

    // The next reminder is in Spanish, with its buttons; the person's own words stay theirs.
    await recordNotifications(serviceWorker);
    await serviceWorker.evaluate(() => (chrome.runtime.onStartup as any).dispatch());
    await expect
      .poll(() => serviceWorker.evaluate(() => (self as { shown?: unknown[] }).shown?.length))
      .toBe(1);
    const reminder = await serviceWorker.evaluate(
      () => (self as unknown as { shown: any[] }).shown[0],
    );
    expect(reminder.message).toContain('walk for ten minutes');
    expect(reminder.buttons?.map((b: { title: string }) => b.title)).toEqual([
      esCore.actions.done,
      esCore.actions.smallerStep,
    ]);
    const page = await context.newPage();
    await page.setContent(`<p>${reminder.title}</p><p>${reminder.message}</p>`);
    expect(await englishOn(page), 'English in the reminder').toEqual([]);
    await page.close();
  });

  test('the welcome, in Spanish, checks a step in Spanish and saves a plan that reads in Spanish', async ({
    options,
  }) => {
    const w = esOnboarding;
    const page = await options.openAt('welcome');
    await expect(page.locator('html')).toHaveAttribute('lang', /^es\b/);
    await expect(page.getByRole('heading', { name: w.welcome.valueHeading })).toBeVisible();
    expect(await englishOn(page), 'English on the welcome').toEqual([]);
    await options.screenshot('es-options-welcome-empty');
    await page.getByLabel(w.value.name, { exact: true }).fill('Calma');
    await page.getByRole('button', { name: w.welcome.next }).click();

    // A whole house is a project: the Spanish check says so and offers one drawer.
    await page.getByLabel(w.step.step, { exact: true }).fill('Limpiar toda la casa');
    await expect(page.getByText(esMicrowin.tooBigScope)).toBeVisible();
    await expect(page.getByText(esMicrowin.tryThis('Limpiar un cajón'))).toBeVisible();
    await options.screenshot('es-options-welcome-check');
    await page.getByRole('button', { name: w.check.useThis }).click();
    await expect(page.getByLabel(w.step.step, { exact: true })).toHaveValue('Limpiar un cajón');
    await expect(page.getByText(esMicrowin.tooBigScope)).toBeHidden();
    // Spanish numbers in words fill the minutes.
    await page.getByLabel(w.step.step, { exact: true }).fill('Caminar diez minutos');
    await expect(page.getByLabel(w.step.minutes)).toHaveValue('10');
    await page.getByLabel(w.step.smallerStep).fill('Ponerme las zapatillas');
    expect(await englishOn(page), 'English on the step').toEqual([]);
    await page.getByRole('button', { name: w.welcome.next }).click();

    await page.getByRole('radio', { name: new RegExp(`^${w.cue.kinds.time}`) }).check();
    await page.getByLabel(w.cue.time, { exact: true }).fill('13:00');
    await page.getByRole('button', { name: w.welcome.save }).click();
    await expect(page.getByRole('heading', { name: w.welcome.doneHeading })).toBeVisible();
    await expect(
      page.getByText(/^A las 13:00 todos los días, voy a caminar diez minutos — por Calma\.$/),
    ).toBeVisible();
    expect(await englishOn(page), 'English on the plan').toEqual([]);
    await options.screenshot('es-options-welcome-done');
  });
});

test('in an English browser, "Español" picked in Settings switches the open pages', async ({
  seed,
  newtab,
  popup,
  options,
  context,
  extensionId,
}) => {
  await seed(backup({ values: [health], commitments: [walk({ kind: 'browser-start' })] }));
  // A welcome just finished, its plan on screen, in a tab of its own.
  const welcome = new OptionsPage(context, extensionId);
  await welcome.openAt('welcome');
  await welcome.onboard({
    value: 'Calm',
    step: 'Walk for ten minutes',
    smallerStep: 'Stand up',
    time: '09:00',
  });
  await expect(welcome.page.getByText(/, I will walk for ten minutes — for Calm\.$/)).toBeVisible();
  await newtab.open();
  await expect(newtab.page.getByRole('button', { name: 'One minute to land' })).toBeVisible();
  await mark(newtab.page);
  await popup.open();
  await expect(popup.page.getByText('What did you do?')).toBeVisible();
  await mark(popup.page);
  // The check finds English when English is there (so its empty answers below mean something).
  expect(await englishOn(newtab.page)).not.toEqual([]);

  await options.openAt('settings');
  await options.page.getByLabel('Language').focus();
  await options.page.getByLabel('Language').selectOption({ label: 'Español' });
  await expect(
    options.page.getByRole('heading', { name: esSettings.settings.heading, exact: true }),
  ).toBeVisible();
  await expect(options.page.getByLabel(esSettings.settings.language)).toBeFocused();

  await expect(newtab.page.getByRole('button', { name: esCore.actions.grounding })).toBeVisible();
  await expect(newtab.page).toHaveTitle(esToday.today.tabTitle);
  await expect(newtab.page.locator('html')).toHaveAttribute('lang', /^es\b/);
  await expect(popup.page.getByLabel(esPopup.popup.whatDidYouDo)).toBeVisible();
  expect(await stillMarked(newtab.page)).toBe(true);
  expect(await stillMarked(popup.page)).toBe(true);
  expect(await englishOn(newtab.page), 'English on the new tab').toEqual([]);
  expect(await englishOn(popup.page), 'English on the popup').toEqual([]);
  // The finished welcome says its plan again, in Spanish.
  await expect(
    welcome.page.getByText(/^A las 9:00 .*, voy a walk for ten minutes — por Calm\.$/),
  ).toBeVisible();
  expect(await englishOn(welcome.page), 'English on the finished welcome').toEqual([]);
});
