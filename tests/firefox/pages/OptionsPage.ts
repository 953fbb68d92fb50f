import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import type { Firefox } from '@/tests/firefox/firefox';
import { dataCopy } from '@/utils/copy/options/data';
import { ExtensionPage, WAIT } from './ExtensionPage';

/** What the welcome asks for, in the order it asks. */
export interface FirstPlan {
  value: string;
  looksLike?: string;
  why?: string;
  step: string;
  smallerStep?: string;
  minutes?: number;
  /** `HH:MM`. */
  time: string;
  /** Short day names to leave unticked, e.g. ['Sun', 'Sat']. */
  skipDays?: string[];
}

/** The options page. */
export class OptionsPage extends ExtensionPage {
  constructor(firefox: Firefox) {
    super(firefox, 'options.html');
  }

  /** The section nav. */
  async nav(): Promise<ElementHandle> {
    return this.get('Sections', 'navigation');
  }

  /** Moves to a view through the nav, as a person would. */
  async go(name: string): Promise<void> {
    await this.click(name, 'link', await this.nav());
  }

  /** Shows "Your data" through the nav unless it is already showing. */
  private async showData(): Promise<void> {
    if (!(await this.has('Export backup'))) await this.go('Your data');
  }

  /** Clicks "Export backup" and returns the downloaded file's text. */
  async exportBackup(): Promise<string> {
    await this.showData();
    await this.click('Export backup');
    return this.firefox.download(/^footholds-backup.*\.json$/);
  }

  /**
   * Chooses a backup file in "Import a backup" and, when the file is good, confirms that it may
   * replace what is stored. A bad file is refused at once with an alert.
   */
  async importBackup(text: string, name = 'backup.json'): Promise<void> {
    await this.chooseBackup(text, name);
    // Asked to confirm (something is stored), loaded at once (nothing was), or refused.
    await this.page.waitForFunction(
      () =>
        [...document.querySelectorAll('button')].some(
          (b) => b.textContent?.trim() === 'Replace with this backup',
        ) ||
        Boolean(document.querySelector('[role="alert"]')?.textContent?.trim()) ||
        [...document.querySelectorAll('[role="status"]')].some((s) =>
          s.textContent?.includes('Backup loaded'),
        ),
      { timeout: WAIT },
    );
    if (await this.has('Replace with this backup')) await this.click('Replace with this backup');
  }

  /** Chooses a backup file without confirming, so the question can be looked at. */
  async chooseBackup(text: string, name = 'backup.json'): Promise<void> {
    await this.showData();
    const path = join(this.firefox.profile, name);
    writeFileSync(path, text);
    const input = (await this.field('Import a backup')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
  }

  /** "Delete everything", confirmed, in "Your data"; waits for the page to say it is done. */
  async deleteEverything(): Promise<void> {
    await this.showData();
    await this.click('Delete everything');
    await this.click(
      'Yes, delete everything',
      'button',
      await this.get('Delete everything stored here?', 'region'),
    );
    await this.sees(dataCopy.data.deleted);
  }

  /**
   * Chooses a file that should be refused and returns the refusal (the alert's text), once it
   * is a new one: the answer to the file before stays on the page until this one is read.
   * Never confirms: a file offered for loading, or loaded at once, fails the test.
   */
  async refusal(text: string, name: string): Promise<string> {
    const answers = () =>
      this.page.evaluate(() =>
        [...document.querySelectorAll('[role="alert"], [role="status"]')]
          .map((el) => (el as HTMLElement).innerText)
          .join('\n'),
      );
    const before = await answers();
    await this.chooseBackup(text, name);
    await this.page.waitForFunction(
      (previous, replace) => {
        const asked = [...document.querySelectorAll('button')].some(
          (b) => b.textContent?.trim() === replace,
        );
        const now = [...document.querySelectorAll('[role="alert"], [role="status"]')]
          .map((el) => (el as HTMLElement).innerText)
          .join('\n');
        return asked || (now.trim() !== '' && now !== previous);
      },
      { timeout: WAIT, polling: 50 },
      before,
      dataCopy.data.confirm,
    );
    if (await this.has(dataCopy.data.confirm)) {
      throw new Error(`${name} was offered for loading, not refused`);
    }
    const alert = await this.page.$('[role="alert"]');
    if (!alert) throw new Error(`${name} was not refused: ${await answers()}`);
    return alert.evaluate((el) => (el as HTMLElement).innerText);
  }

  /** Fills the welcome's first screen and moves on. */
  async welcomeValue(plan: Pick<FirstPlan, 'value' | 'looksLike' | 'why'>): Promise<void> {
    await this.fill('Value', plan.value);
    if (plan.looksLike !== undefined) {
      await this.fill('What it looks like on an ordinary day', plan.looksLike);
    }
    if (plan.why !== undefined) await this.fill('Why it matters, in one sentence', plan.why);
    await this.click('Next');
  }

  /** Fills a step's fields (welcome or editor). */
  async fillStep(plan: Pick<FirstPlan, 'step' | 'smallerStep' | 'minutes'>): Promise<void> {
    await this.fill('Your step', plan.step);
    if (plan.smallerStep !== undefined) {
      await this.fill('Smaller step, for heavy days', plan.smallerStep);
    }
    if (plan.minutes !== undefined)
      await this.fill('About how many minutes?', String(plan.minutes));
  }

  /** Chooses a time cue: the time, and the days to leave out. */
  async chooseTimeCue(time: string, skipDays: string[] = []): Promise<void> {
    await this.click('At a time', 'radio');
    await this.fill('Time', time);
    for (const day of skipDays) await this.click(day, 'checkbox');
  }

  /** Walks the whole welcome: value, step, time cue, save. */
  async onboard(plan: FirstPlan): Promise<void> {
    await this.welcomeValue(plan);
    await this.fillStep(plan);
    await this.click('Next');
    await this.chooseTimeCue(plan.time, plan.skipDays);
    await this.click('Save my plan');
  }
}
