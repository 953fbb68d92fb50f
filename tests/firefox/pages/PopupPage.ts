import type { Firefox } from '@/tests/firefox/firefox';
import { popupCopy } from '@/utils/copy/popup';
import { ExtensionPage } from './ExtensionPage';

/** The toolbar popup, opened as a page (380 px wide, as in the toolbar). */
export class PopupPage extends ExtensionPage {
  constructor(firefox: Firefox) {
    super(firefox, 'popup.html', { width: 380, height: 900 });
  }

  /** Logs a free-text win the way a person would: type, pick a value, press Enter. */
  async logWin(text: string, value?: string): Promise<void> {
    if (value) {
      const select = await this.field('Value');
      const option = await select.evaluate(
        (el, label) =>
          [...(el as HTMLSelectElement).options].find((o) => o.label === label)?.value ?? '',
        value,
      );
      await select.select(option);
    }
    await this.fill('What did you do?', text);
    await this.page.keyboard.press('Enter');
  }

  /** Clicks the Done button of one of today's steps. */
  async done(step: string): Promise<void> {
    await this.click(`Done: ${step}`);
  }

  /** Saves a check-in by clicking the scales' radios ("3 Okay" in the group "Mood"). */
  async checkIn(mood: number, energy: number, note = ''): Promise<void> {
    const scales = popupCopy.checkin;
    await this.click(
      `${mood} ${scales.moodScale[mood - 1]}`,
      'radio',
      await this.get('Mood', 'group'),
    );
    await this.click(
      `${energy} ${scales.energyScale[energy - 1]}`,
      'radio',
      await this.get('Energy', 'group'),
    );
    if (note) await this.fill('Note', note);
    await this.click('Save check-in');
  }
}
