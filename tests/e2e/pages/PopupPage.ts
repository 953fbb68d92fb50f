import type { BrowserContext, Locator } from '@playwright/test';
import { ExtensionPage } from './ExtensionPage';

/** The toolbar popup, opened as a page (380 px wide, as in the toolbar). */
export class PopupPage extends ExtensionPage {
  constructor(context: BrowserContext, extensionId: string) {
    super(context, extensionId, 'popup.html');
  }

  override async open() {
    const page = await super.open();
    await page.setViewportSize({ width: 380, height: 900 });
    return page;
  }

  /** Logs a free-text win the way a person would: type, pick a value, press Enter. */
  async logWin(text: string, value?: string): Promise<void> {
    if (value) await this.page.getByLabel('Value').selectOption({ label: value });
    await this.page.getByLabel('What did you do?').fill(text);
    await this.page.getByLabel('What did you do?').press('Enter');
  }

  /** The Done button of one of today's steps. */
  done(step: string): Locator {
    return this.page.getByRole('button', { name: `Done: ${step}`, exact: true });
  }

  /** Saves a check-in by clicking the scales' radios. */
  async checkIn(mood: number, energy: number, note = ''): Promise<void> {
    const page = this.page;
    await page
      .getByRole('group', { name: 'Mood' })
      .getByRole('radio', { name: new RegExp(`^${mood}\\b`) })
      .check();
    await page
      .getByRole('group', { name: 'Energy' })
      .getByRole('radio', { name: new RegExp(`^${energy}\\b`) })
      .check();
    if (note) await page.getByLabel('Note').fill(note);
    await page.getByRole('button', { name: 'Save check-in' }).click();
  }
}
