import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { type Firefox, ORIGIN, SHOTS_DIR } from '@/tests/firefox/firefox';

/**
 * How long a control or a sentence may take to appear: generous, because on 2 shared cores an
 * import that replaces everything was seen to take 8 s.
 */
export const WAIT = 15_000;

/**
 * A selector for a control by role and accessible name, as a person finds it. The role is
 * always given: in Firefox `::-p-aria(Name)` alone may match a `<label>` rather than its control.
 * Firefox applies CSS `text-transform` to accessible names (a small-caps heading "Today's step"
 * is named "TODAY'S STEP"), so the upper-case form matches too.
 */
export function role(name: string, kind: string): string {
  const one = (n: string) => `::-p-aria([name=${JSON.stringify(n)}][role=${JSON.stringify(kind)}])`;
  const upper = name.toUpperCase();
  return upper === name ? one(name) : `${one(name)}, ${one(upper)}`;
}

/** Where to look: a whole page or a part of it (a region, a group). */
export type Scope = Page | ElementHandle<Element>;

/**
 * A page of the extension, opened in its own tab; the Firefox twin of tests/e2e/pages, with
 * the same journeys by the same visible names.
 */
export class ExtensionPage {
  page!: Page;

  constructor(
    protected readonly firefox: Firefox,
    readonly path: string,
    private readonly viewport = { width: 1100, height: 800 },
  ) {}

  /** The page's address. */
  get url(): string {
    return `${ORIGIN}/${this.path}`;
  }

  /**
   * Opens the page in a new tab, closing the one it had (as a popup closes and opens again).
   * Loading a page again in the same tab left puppeteer's handles on the old document.
   */
  async open(): Promise<Page> {
    if (this.page && !this.page.isClosed()) await this.page.close();
    this.page = await this.firefox.open(this.path, this.viewport);
    return this.page;
  }

  /** A control by role and name, once visible. */
  async get(name: string, kind: string, within: Scope = this.page): Promise<ElementHandle> {
    const found = await within.waitForSelector(role(name, kind), { visible: true, timeout: WAIT });
    if (!found) throw new Error(`No ${kind} "${name}"`);
    return found as ElementHandle;
  }

  /** Clicks a control by role and name. */
  async click(name: string, kind = 'button', within: Scope = this.page): Promise<void> {
    await (await this.get(name, kind, within)).click();
  }

  /** Whether a control by role and name is on the page now. */
  async has(name: string, kind = 'button', within: Scope = this.page): Promise<boolean> {
    return (await within.$$(role(name, kind))).length > 0;
  }

  /**
   * The form field a `<label>` with this text names. Firefox's accessible names for some
   * inputs (time, number) are not reliably queryable, so fields are found the way a person
   * reads them: by their label.
   */
  async field(label: string): Promise<ElementHandle> {
    const handle = await this.page.waitForFunction(
      (text) => {
        for (const l of document.querySelectorAll('label')) {
          if (l.textContent?.trim() === text) return l.control;
        }
        return null;
      },
      { timeout: WAIT },
      label,
    );
    return handle as ElementHandle;
  }

  /** Types into the field with this label, replacing what it holds. */
  async fill(label: string, text: string): Promise<void> {
    const field = await this.field(label);
    const type = await field.evaluate((el) => (el as HTMLInputElement).type);
    if (type === 'time' || type === 'number') {
      // Firefox's time and number fields take keys segment by segment: set the whole value,
      // with the events a person's edit sends.
      await field.evaluate((el, value) => {
        const input = el as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, text);
      return;
    }
    await field.evaluate((el) => {
      (el as HTMLInputElement).focus();
      (el as HTMLInputElement).select();
    });
    if (text) await field.type(text);
    else await this.page.keyboard.press('Backspace');
  }

  /** The value of the field with this label. */
  async valueOf(label: string): Promise<string> {
    return (await this.field(label)).evaluate((el) => (el as HTMLInputElement).value);
  }

  /** Waits until the page (or a part of it) shows `text`. */
  async sees(text: string, within?: ElementHandle): Promise<void> {
    await this.page.waitForFunction(
      (wanted, el) => ((el as HTMLElement | null) ?? document.body).innerText.includes(wanted),
      { timeout: WAIT, polling: 100 },
      text,
      within ?? null,
    );
  }

  /** Waits until the page no longer shows `text`. */
  async seesNo(text: string): Promise<void> {
    await this.page.waitForFunction(
      (wanted) => !document.body.innerText.includes(wanted),
      { timeout: WAIT, polling: 100 },
      text,
    );
  }

  /** The text of the first element with this role in a scope (a region's status, say). */
  async textOf(kind: string, within: Scope = this.page): Promise<string> {
    const found = await within.waitForSelector(`::-p-aria([role=${JSON.stringify(kind)}])`, {
      timeout: WAIT,
    });
    return (await found?.evaluate((el) => (el as HTMLElement).innerText)) ?? '';
  }

  /**
   * Everything in the database, read raw from IndexedDB in one transaction: every store's
   * records as `[key, record]`, the worker's `state` store (reminder log, put-offs) included.
   * Two datasets are the same when these are equal.
   */
  async database(): Promise<Record<string, [unknown, unknown][]>> {
    return this.page.evaluate(
      () =>
        new Promise<Record<string, [unknown, unknown][]>>((done, fail) => {
          const open = indexedDB.open('footholds');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names);
            const all: Record<string, [unknown, unknown][]> = {};
            for (const name of names) {
              const keys = tx.objectStore(name).getAllKeys();
              const records = tx.objectStore(name).getAll();
              records.onsuccess = () => {
                all[name] = keys.result.map((key, i) => [key, records.result[i]]);
              };
            }
            tx.oncomplete = () => {
              db.close();
              done(all);
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
  }

  /** The names of the extension's alarms now, sorted. */
  async alarmNames(): Promise<string[]> {
    const alarms: { name: string }[] = await this.page.evaluate(() =>
      (globalThis as any).browser.alarms.getAll(),
    );
    return alarms.map((a) => a.name).sort();
  }

  /** The ids of the notifications (reminders) showing now. */
  async notifications(): Promise<string[]> {
    return this.page.evaluate(async () =>
      Object.keys(await (globalThis as any).browser.notifications.getAll()),
    );
  }

  /** Saves a screenshot of the whole page, to be looked at. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(SHOTS_DIR, { recursive: true });
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true });
  }

  /**
   * Saves a store screenshot: 1280×800, the size both stores take, of what a person sees first.
   * `npm run store:screenshots` copies these into store/screenshots/.
   */
  async storeScreenshot(name: string): Promise<void> {
    mkdirSync(SHOTS_DIR, { recursive: true });
    await this.page.setViewport({ width: 1280, height: 800 });
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: join(SHOTS_DIR, `store-${name}.png`) });
  }
}
