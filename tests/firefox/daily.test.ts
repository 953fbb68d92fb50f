import { describe, expect, test } from 'vitest';
import { useFirefox } from './firefox';
import { NewTabPage } from './pages/NewTabPage';
import { OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';

/**
 * First run to a plan, then a day's use: onboarding in the options page the add-on opens by
 * itself, a win and a check-in in the popup page, both shown on the new tab.
 */
const firefox = useFirefox();

describe('a first plan, then a win and a check-in', () => {
  test('on first install the welcome opens and leads to a first plan the new tab shows', async () => {
    const options = new OptionsPage(firefox.current);
    options.page = await firefox.current.waitForTab('options.html#welcome');
    await options.page.setViewport({ width: 1100, height: 800 });
    await options.get('What matters to you?', 'heading');
    await options.screenshot('options-welcome-value');
    await options.welcomeValue({
      value: 'Fresh air',
      looksLike: 'I get outside, even briefly',
      why: 'Air and light steady me.',
    });
    await options.get('One small step for it', 'heading');
    await options.fillStep({
      step: 'Step outside for two minutes',
      smallerStep: 'Open the back door',
      minutes: 2,
    });
    await options.click('Next');
    await options.get('When will you do it?', 'heading');
    await options.chooseTimeCue('13:00', ['Sun', 'Sat']);
    await options.screenshot('options-welcome-cue');
    await options.click('Save my plan');
    await options.get('Your plan is ready', 'heading');
    await options.sees('At 13:00 on weekdays');
    await options.screenshot('options-welcome-done');

    const newtab = new NewTabPage(firefox.current);
    await newtab.open();
    expect(await newtab.heading()).toBe('Fresh air');
    await newtab.sees('Step outside for two minutes', await newtab.step());
    await newtab.screenshot('newtab-step');
  });

  test('a win and a check-in in the popup page show on the new tab', async () => {
    const popup = new PopupPage(firefox.current);
    await popup.open();
    await popup.logWin('Watered the plant', 'Fresh air');
    await popup.sees('1 small win today');
    await popup.sees('Watered the plant');
    await popup.checkIn(3, 1, 'heavy morning');
    await popup.sees('Thanks for checking in.');
    await popup.sees('Check-in: mood 3, energy 1');
    await popup.screenshot('popup');

    const newtab = new NewTabPage(firefox.current);
    await newtab.open();
    await newtab.sees('1 small win today');
    // A low-energy check-in offers the smaller step.
    await newtab.sees('Open the back door', await newtab.step());
    await newtab.screenshot('newtab-low-energy');
  });
});
