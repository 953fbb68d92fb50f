/**
 * What the language specs share: a seeded log, the person's own words, the English catalogue's
 * sentences and a check for them on a page, marks that tell a page was not reloaded, and a record
 * of the notifications the worker shows.
 */
import type { Page, Worker } from '@playwright/test';
import { allCopy } from '@/utils/copy/all';
import { addDays, dayKey, dayStart } from '@/utils/model/day';
import { connection, health, textFriend, walk } from './data';

/** A few days of a log: check-ins (one with a note), wins (one felt), a skip. */
export function someDays(): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  for (const back of [0, 1, 2, 3]) {
    const day = addDays(dayKey(new Date()), -back);
    const at = (hour: number) => dayStart(day).getTime() + hour * 3_600_000;
    const base = { day, source: 'popup' };
    entries.push(
      { ...base, id: `c${back}`, kind: 'checkin', at: at(8), mood: 2 + (back % 3), energy: 3 },
      {
        ...base,
        id: `w${back}`,
        kind: 'win',
        at: at(9),
        commitmentId: 'c-text',
        valueId: connection.id,
        size: 'full',
        felt: 4,
      },
    );
  }
  entries.push({
    id: 's1',
    day: addDays(dayKey(new Date()), -1),
    source: 'popup',
    kind: 'skip',
    at: dayStart(addDays(dayKey(new Date()), -1)).getTime() + 11 * 3_600_000,
    commitmentId: 'c-text',
    reason: 'no-time',
  });
  Object.assign(entries[0], { note: 'slow start' });
  return entries;
}

/** What the seeded plan says in the person's own words: never counted as the catalogue's. */
export const OWN_WORDS = [
  health,
  connection,
  walk({}),
  textFriend({}),
  { win: 'Drank a glass of water', note: 'slow start' },
]
  .flatMap((o) => Object.values(o))
  .filter((v): v is string => typeof v === 'string');

/** The catalogue's sentences of two words or more ("Today's value"), as plain text. */
function englishSentences(): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      const text = value.trim();
      if (text.split(/\s+/).length >= 2 && !OWN_WORDS.some((own) => own.includes(text)))
        found.add(text);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(allCopy);
  return [...found];
}

const ENGLISH = englishSentences();

/** The catalogue's English sentences a page shows (its text, its title and its labels). */
export async function englishOn(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) =>
        ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
      ),
    ].join('\n'),
  );
  return ENGLISH.filter((sentence) => shown.includes(sentence));
}

/** Marks a page, to tell later whether it was reloaded. */
export const mark = (page: Page) => page.evaluate(() => Object.assign(window, { kept: true }));
export const stillMarked = (page: Page) => page.evaluate(() => (window as { kept?: boolean }).kept);

/** Records every notification the worker shows from now on (the polyfill calls `create` late). */
export async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const shown: unknown[] = [];
    Object.assign(self, { shown });
    const create = chrome.notifications.create.bind(chrome.notifications);
    Object.assign(chrome.notifications, {
      create: (...args: Parameters<typeof chrome.notifications.create>) => {
        shown.push(args[1]);
        return (create as (...a: unknown[]) => unknown)(...args);
      },
    });
  });
}
