import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import esData from '@/utils/copy/es/options/data';
import esOptions from '@/utils/copy/es/options/index';
import { dataCopy } from '@/utils/copy/options/data';
import { optionsCopy } from '@/utils/copy/options/index';
import { ExtensionPage } from './ExtensionPage';

/** The few words the page object finds its way by: the nav and loading a backup. */
export interface OptionsWords {
  sections: string;
  yourData: string;
  exportBackup: string;
  importLabel: string;
  confirm: string;
  /** The start of "Backup loaded: …". */
  loaded: string;
}

/** Those words from a language's catalogue, so a page object drives the page in that language. */
function optionsWords(options: typeof optionsCopy, data: typeof dataCopy): OptionsWords {
  return {
    sections: options.options.navLabel,
    yourData: options.options.nav.data,
    exportBackup: data.data.exportBackup,
    importLabel: data.data.importLabel,
    confirm: data.data.confirm,
    loaded: data.data.loadedText.split(':')[0],
  };
}

/** The words in each language a browser may speak in the tests. */
export const OPTIONS_WORDS = {
  en: optionsWords(optionsCopy, dataCopy),
  es: optionsWords(esOptions as typeof optionsCopy, esData as unknown as typeof dataCopy),
};

/** The options page's views, by hash. */
export type OptionsView =
  | 'welcome'
  | 'steps'
  | 'review'
  | 'history'
  | 'settings'
  | 'data'
  | 'help'
  | 'summary'
  | 'hard-days';

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
  constructor(
    context: BrowserContext,
    extensionId: string,
    readonly words: OptionsWords = OPTIONS_WORDS.en,
  ) {
    super(context, extensionId, 'options.html');
  }

  /** Opens the page at a view (`options.html#review`), in the open tab if there is one. */
  async openAt(view: OptionsView): Promise<Page> {
    if (!this.page || this.page.isClosed()) this.page = await this.context.newPage();
    await this.page.goto(`${this.url}#${view}`);
    await expect(this.page.locator('main h2').first()).toBeVisible();
    return this.page;
  }

  /**
   * Saves a screenshot from the top of the page: the nav is sticky, so a page scrolled to a
   * focused field would draw it half way down a full-page shot.
   */
  override async screenshot(name: string): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await super.screenshot(name);
  }

  /** The section nav. */
  get nav(): Locator {
    return this.page.getByRole('navigation', { name: this.words.sections });
  }

  /** Moves to a view through the nav, as a person would. */
  async go(name: string | RegExp): Promise<void> {
    await this.nav.getByRole('link', { name, exact: typeof name === 'string' }).click();
  }

  /** Shows "Your data" through the nav unless it is already showing. */
  private async showData(): Promise<void> {
    if ((await this.page.getByRole('button', { name: this.words.exportBackup }).count()) === 0) {
      await this.go(this.words.yourData);
    }
  }

  /** Clicks "Export backup" and returns the downloaded file's text. */
  async exportBackup(): Promise<string> {
    await this.showData();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: this.words.exportBackup }).click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  /**
   * Chooses a backup file in "Import a backup" and, when the file is good and something is
   * stored already, confirms that it may replace it. On an empty profile a good file loads
   * without a question; a bad file is refused at once with an alert.
   */
  async importBackup(text: string, name = 'backup.json'): Promise<void> {
    await this.chooseBackup(text, name);
    const confirm = this.page.getByRole('button', { name: this.words.confirm });
    const loaded = this.page.getByRole('status').filter({ hasText: this.words.loaded });
    const refused = this.page.getByRole('alert').filter({ hasText: /\S/ });
    await expect(confirm.or(loaded).or(refused)).toBeVisible();
    if (await confirm.isVisible()) await confirm.click();
  }

  /** Chooses a backup file without confirming, so the question can be looked at. */
  async chooseBackup(text: string, name = 'backup.json'): Promise<void> {
    await this.showData();
    await this.page.getByLabel(this.words.importLabel).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }

  /** A step's card on "Values and steps", found by words in its plan. */
  step(words: string | RegExp): Locator {
    return this.page.getByRole('article').filter({ hasText: words });
  }

  /** A section of the page (a card or a view) by its heading. */
  region(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /**
   * Chooses the country crisis help is for in Settings (issue 27), by its name as the select
   * shows it, and waits for it to be saved. `label` and `saved` are the words of the page's language.
   */
  async chooseCountry(name: string, label = 'Country', saved = 'Saved.'): Promise<void> {
    await this.openAt('settings');
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: name });
    await expect(this.page.getByRole('status').filter({ hasText: saved })).toBeVisible();
  }

  /** A part of the plan for hard days: the card holding the field its exact label names. */
  planPart(label: string): Locator {
    return this.page
      .locator('section', { has: this.page.getByLabel(label, { exact: true }) })
      .last();
  }

  /** Fills the welcome's first screen and moves on. */
  async welcomeValue(plan: Pick<FirstPlan, 'value' | 'looksLike' | 'why'>): Promise<void> {
    await this.page.getByLabel('Value', { exact: true }).fill(plan.value);
    if (plan.looksLike !== undefined) {
      await this.page.getByLabel('What it looks like on an ordinary day').fill(plan.looksLike);
    }
    if (plan.why !== undefined) {
      await this.page.getByLabel('Why it matters, in one sentence').fill(plan.why);
    }
    await this.page.getByRole('button', { name: 'Next' }).click();
  }

  /** Fills a step's fields (welcome or editor). */
  async fillStep(plan: Pick<FirstPlan, 'step' | 'smallerStep' | 'minutes'>): Promise<void> {
    await this.page.getByLabel('Your step').fill(plan.step);
    if (plan.smallerStep !== undefined) {
      await this.page.getByLabel('Smaller step, for heavy days').fill(plan.smallerStep);
    }
    if (plan.minutes !== undefined) {
      await this.page.getByLabel('About how many minutes?').fill(String(plan.minutes));
    }
  }

  /** Chooses a time cue: the time, and the days to leave out. */
  async chooseTimeCue(time: string, skipDays: string[] = []): Promise<void> {
    await this.page.getByRole('radio', { name: /^At a time/ }).check();
    await this.page.getByLabel('Time', { exact: true }).fill(time);
    for (const day of skipDays) {
      await this.page.getByRole('checkbox', { name: day, exact: true }).uncheck();
    }
  }

  /** Walks the whole welcome: value, step, time cue, save. */
  async onboard(plan: FirstPlan): Promise<void> {
    await this.welcomeValue(plan);
    await this.fillStep(plan);
    await this.page.getByRole('button', { name: 'Next' }).click();
    await this.chooseTimeCue(plan.time, plan.skipDays);
    await this.page.getByRole('button', { name: 'Save my plan' }).click();
  }
}
