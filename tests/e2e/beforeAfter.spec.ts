import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { addDays, dayKey, dayStart } from '@/utils/model/day';
import { backup, connection, health, textFriend, walk } from './data';
import { expect, test } from './fixtures';

/**
 * Before and after (issue 28, part 2): a step with at least 3 wins that carry both how the person
 * expected it to go and how it felt says so plainly on its card in Values and steps, in the
 * review's Patterns, and in the summary only when "Include how steps went" is ticked. A step
 * that went harder than expected gets kind words and its smaller step, never a verdict.
 * Screenshots, light and dark: evidence-*.png in the results folder (or FOOTHOLDS_SHOTS_DIR).
 */

const everyDay = { kind: 'time', at: '13:00', days: [0, 1, 2, 3, 4, 5, 6] };
const WALK_LINE = '“Walk for ten minutes” went better than you expected 7 of 10 times.';
const TEXT_LINE =
  '“Text one friend” was harder than you expected 4 of 6 times. The smaller step is there whenever you want it: “Open the chat with one friend”.';
const SHOTS =
  process.env.FOOTHOLDS_SHOTS_DIR ??
  `${process.env.FOOTHOLDS_RESULTS_DIR ?? 'test-results'}/screenshots`;

/** Epoch ms at `hour`:15 on `day` (local). */
function at(day: string, hour: number): { at: number; day: string } {
  const d = dayStart(day);
  d.setHours(hour, 15);
  return { at: d.getTime(), day };
}

/**
 * The ten days up to yesterday (inside any span the review or a 4-week summary shows, whatever
 * the weekday): the walk, 7 times better than expected, twice as expected, once harder; a text
 * to a friend on six of them, 4 times harder, once better, once as expected; and one more win of
 * the walk with only how it felt, which is left out.
 */
function seeded(now = new Date()): string {
  const today = dayKey(now);
  const walkPairs: [number, number][] = [
    [2, 4],
    [2, 4],
    [2, 5],
    [1, 3],
    [3, 4],
    [2, 4],
    [3, 5],
    [3, 3],
    [4, 4],
    [4, 2],
  ];
  const textPairs: [number, number][] = [
    [4, 2],
    [3, 2],
    [5, 3],
    [4, 1],
    [2, 4],
    [3, 3],
  ];
  const entries: Record<string, unknown>[] = [];
  let n = 0;
  const add = (e: Record<string, unknown>) =>
    entries.push({ id: `e${++n}`, source: 'popup', size: 'full', kind: 'win', ...e });
  walkPairs.forEach(([expected, felt], i) => {
    const day = addDays(today, -(i + 1));
    add({ ...at(day, 10), commitmentId: 'c-walk', valueId: health.id, expected, felt });
  });
  textPairs.forEach(([expected, felt], i) => {
    const day = addDays(today, -(i + 1));
    add({ ...at(day, 15), commitmentId: 'c-text', valueId: connection.id, expected, felt });
  });
  add({ ...at(addDays(today, -11), 10), commitmentId: 'c-walk', valueId: health.id, felt: 1 });
  return backup({
    values: [health, connection],
    commitments: [walk(everyDay), textFriend({ kind: 'anchor', text: 'after lunch' })],
    entries,
  });
}

/** A step's card in Values and steps, by its step's words. */
const card = (page: Page, step: string): Locator =>
  page.locator('article.commitment', { hasText: step });

/** No accessibility violations on the page as it is. */
async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}

/** Screenshots of one part of the page, light and dark. */
async function shots(page: Page, part: Locator, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await part.scrollIntoViewIfNeeded();
    await part.screenshot({ path: `${SHOTS}/evidence-${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a step’s card and the review say how it went beside how it was expected to go', async ({
  seed,
  options,
}) => {
  await seed(seeded());
  const page = await options.openAt('steps');
  const walkCard = card(page, 'Walk for ten minutes');
  await expect(walkCard.getByText(WALK_LINE)).toBeVisible();
  const textCard = card(page, 'Text one friend');
  await expect(textCard.getByText(TEXT_LINE)).toBeVisible();
  // No verdict: counts, kind words and the smaller step, nothing else.
  await expect(textCard).not.toContainText(/fail|too hard for you|should/i);
  await shots(page, walkCard, 'card-better');
  await shots(page, textCard, 'card-harder');

  await options.openAt('review');
  const beforeAfter = options.region('Before and after');
  await expect(beforeAfter.getByRole('listitem')).toHaveText([WALK_LINE, TEXT_LINE]);
  await expect(beforeAfter).toContainText('From the wins where you said how you thought');
  await shots(page, beforeAfter, 'review');
  await axe(page);
  // The shorter span still holds the ten days.
  await page.getByRole('radio', { name: '4 weeks' }).check();
  await expect(beforeAfter.getByRole('listitem')).toHaveText([WALK_LINE, TEXT_LINE]);
});

test('the summary says how steps went only when "Include how steps went" is ticked', async ({
  seed,
  options,
}) => {
  await seed(seeded());
  const page = await options.openAt('summary');
  const summary = page.getByRole('region', { name: 'A summary to share', exact: true });
  await summary.getByRole('radio', { name: '4 weeks' }).check();
  const box = summary.getByRole('checkbox', { name: 'Include how steps went', exact: true });
  await expect(box).not.toBeChecked();
  await expect(summary).toContainText(/in these 4 weeks/);
  await expect(summary).not.toContainText(/than I expected|How steps went/);

  // By keyboard, as a person would.
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  const went = options.region('How steps went');
  // As the person says it to someone they trust: in the first person, with no offer.
  await expect(went.getByRole('listitem')).toHaveText([
    '“Walk for ten minutes”: better than I expected 7 of 10 times.',
    '“Text one friend”: harder than I expected 4 of 6 times.',
  ]);
  await shots(page, went, 'summary');
  await axe(page);

  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expect(summary).not.toContainText(/than I expected|How steps went/);
});
