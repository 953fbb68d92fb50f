import { existsSync } from 'node:fs';
import { DB_VERSION } from '@/utils/model/keys';
import { expect, test } from './fixtures';
import {
  type DbContents,
  type DbFixture,
  dbFixture,
  readDatabase,
  type StoreFixture,
  writeOldDatabase,
} from './oldDatabase';

/**
 * Schema upgrades (part of the fault suite): a database left by every earlier version of
 * Footholds (tests/fixtures/db-v<n>.json) is upgraded by the build under test with every record
 * kept, and a page that holds an old connection open never leaves the new tab hanging.
 */

/**
 * What the upgrade to each version does to the data, written out here apart from
 * utils/db/migrations.ts, so a step or a record that goes missing there is noticed.
 * A new database version adds its fixture and its line here.
 */
const UPGRADES: Record<number, (db: Map<string, StoreFixture>) => void> = {
  // The log moves from one record per entry into one record per day.
  2: (db) => {
    const entries = db.get('entries')?.records ?? [];
    db.delete('entries');
    const days = new Map<string, any[]>();
    for (const e of entries) days.set(e.day, [...(days.get(e.day) ?? []), e]);
    const records = [...days].map(([day, list]) => ({ day, entries: list }));
    db.set('days', { name: 'days', keyPath: 'day', indexes: [], records });
  },
  // Values get their status; wins for a step get its words as they are (the smaller step's when
  // the win was the smaller one, unless there is none); free-text wins and lost steps keep theirs.
  3: (db) => {
    for (const value of db.get('values')?.records ?? []) value.status ??= 'active';
    const steps = new Map(db.get('commitments')?.records.map((c) => [c.id, c]));
    for (const { entries } of db.get('days')?.records ?? []) {
      for (const e of entries) {
        const step = steps.get(e.commitmentId);
        if (e.kind !== 'win' || !step || e.text !== undefined || e.stepText !== undefined) continue;
        e.stepText = e.size === 'smaller' && step.smallerStep ? step.smallerStep : step.step;
      }
    }
  },
  // Weekly reviews get their store.
  4: (db) => db.set('reviews', { name: 'reviews', keyPath: 'weekStart', indexes: [], records: [] }),
  // An entry stamped by a real correction gets `correctedAt`; a felt answer or a skip's reason
  // alone was not one. The data version rises, so views built before are built again.
  5: (db) => {
    for (const { entries } of db.get('days')?.records ?? []) {
      for (const e of entries) {
        const answeredOnly =
          (e.kind === 'win' && e.felt !== undefined) ||
          (e.kind === 'skip' && e.reason !== undefined);
        if (e.updatedAt !== undefined && e.correctedAt === undefined && !answeredOnly) {
          e.correctedAt = e.updatedAt;
        }
      }
    }
    const version = db.get('state')?.records.find((r) => r.key === 'version');
    if (version) version.value += 1;
  },
  // The plan for hard days gets its store (one record under `plan`, out-of-line), empty.
  6: (db) => db.set('hardDays', { name: 'hardDays', keyPath: null, indexes: [], records: [] }),
};

/** The fixture as the current version must hold it: each step from its version on, in turn. */
function upgraded(fixture: DbFixture): DbContents {
  const copy: DbFixture = structuredClone(fixture);
  const db = new Map(copy.stores.map((s) => [s.name, s]));
  for (let v = fixture.version + 1; v <= DB_VERSION; v++) UPGRADES[v](db);
  return { version: DB_VERSION, stores: [...db.values()] };
}

/** Entries in time order (ties by id), as every reader of the log orders them. */
const byAt = (a: any, b: any) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Stores by name, records by key, each day's entries in time order: what must be equal. */
function normalised({ version, stores }: DbContents): DbContents {
  const key = (s: StoreFixture, r: any) => (s.keyPath ? r[s.keyPath] : r.key);
  return {
    version,
    stores: [...stores]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((s) => ({
        ...s,
        indexes: [...s.indexes].sort((a, b) => (a.name < b.name ? -1 : 1)),
        records: [...s.records]
          .sort((a, b) => (key(s, a) < key(s, b) ? -1 : 1))
          .map((r) => (s.name === 'days' ? { ...r, entries: [...r.entries].sort(byAt) } : r)),
      })),
  };
}

/** One store's records in `contents`. */
function records(contents: DbContents, name: string): any[] {
  return contents.stores.find((s) => s.name === name)?.records ?? [];
}

/** Takes the value of the record under `key` out of an out-of-line store of `contents`. */
function takeRecord(contents: DbContents, store: string, key: string): any {
  const list = records(contents, store);
  const at = list.findIndex((r) => r.key === key);
  expect(at, `${store} ${key}`).toBeGreaterThanOrEqual(0);
  return list.splice(at, 1)[0].value;
}

/** A win the old version logged today, so the popup and new tab have something of today's. */
const TODAY_WIN = {
  id: 'e-today',
  kind: 'win',
  source: 'popup',
  valueId: 'v-health',
  text: 'Kept through the upgrade',
  size: 'full',
};

/** The fixture with today's win added where its version kept the log. */
function withToday(fixture: DbFixture, today: Record<string, unknown>): DbFixture {
  const copy: DbFixture = structuredClone(fixture);
  const log = copy.stores.find((s) => s.name === 'entries' || s.name === 'days') as StoreFixture;
  log.records.push(log.name === 'entries' ? today : { day: today.day, entries: [today] });
  return copy;
}

const VERSIONS = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

test('every database version so far has its fixture and its upgrade step', () => {
  for (const v of VERSIONS) {
    expect(existsSync(`tests/fixtures/db-v${v}.json`), `tests/fixtures/db-v${v}.json`).toBe(true);
    expect(dbFixture(v).version).toBe(v);
    if (v > 1) expect(UPGRADES[v], `the upgrade to version ${v} in this spec`).toBeDefined();
  }
  // The newest fixture is the current schema; every older one, upgraded here, has its layout.
  const layout = (c: DbContents) =>
    normalised(c).stores.map(({ name, keyPath, indexes }) => ({ name, keyPath, indexes }));
  const current = layout(dbFixture(DB_VERSION));
  for (const v of VERSIONS) expect(layout(upgraded(dbFixture(v))), `version ${v}`).toEqual(current);
});

for (const version of VERSIONS) {
  test(`a database left by version ${version} is upgraded with every record kept`, async ({
    context,
    extensionId,
    popup,
    newtab,
    options,
  }) => {
    const { today } = await writeOldDatabase(context, extensionId, dbFixture(version), {
      today: TODAY_WIN,
    });
    const expected = normalised(upgraded(withToday(dbFixture(version), today ?? {})));

    // The popup is the first to open the database: it upgrades it, and shows today's win.
    await popup.open();
    await expect(popup.page.getByText('Kept through the upgrade')).toBeVisible();
    await expect(popup.page.getByText('1 small win today')).toBeVisible();
    // Every record, in every store (the worker's state and the data version included), raw. A
    // change notice may wake the worker meanwhile, which may bring its reminder log to today (and
    // remind once for a step due earlier today): what it knew of past reminders stays.
    const actual = normalised(await readDatabase(popup.page));
    const compared = structuredClone(expected);
    if (records(compared, 'state').some((r) => r.key === 'reminders')) {
      const log = takeRecord(actual, 'state', 'reminders');
      for (const [id, at] of Object.entries(takeRecord(compared, 'state', 'reminders').lastFired)) {
        expect(log.lastFired[id], id).toBeGreaterThanOrEqual(at as number);
      }
    }
    expect(actual).toEqual(compared);

    await newtab.open();
    await expect(newtab.heading).not.toBeEmpty();
    await expect(newtab.page.getByText('1 small win today')).toBeVisible();

    await options.open();
    const backup = JSON.parse(await options.exportBackup());
    expect(backup.values).toEqual(records(expected, 'values'));
    expect(backup.commitments).toEqual(records(expected, 'commitments'));
    expect(backup.entries).toEqual(
      records(expected, 'days')
        .flatMap((d) => d.entries)
        .sort(byAt),
    );
    expect(backup.settings).toEqual(records(expected, 'settings')[0].value);
    expect(backup.reviews).toEqual(records(expected, 'reviews'));
    // The plan for hard days, where the version kept one; none is made up for the others.
    expect(backup.hardDaysPlan).toEqual(records(expected, 'hardDays')[0]?.value);
  });
}

test('a page holding the old version open delays the upgrade, never the new tab', async ({
  context,
  extensionId,
  newtab,
}) => {
  const version = DB_VERSION - 1;
  // An earlier visit left the new tab's snapshot, as every person who used it has.
  await writeOldDatabase(context, extensionId, dbFixture(version));
  await newtab.open();
  await expect(newtab.step).toBeVisible();
  await expect(newtab.page.getByText('1 small win today')).toHaveCount(0);

  // Then the old version logged a win today, and one of its pages never lets go of the database.
  const fixture = dbFixture(version);
  const state = fixture.stores.find((s) => s.name === 'state') as StoreFixture;
  state.records.find((r) => r.key === 'version').value += 1;
  const { page: holder, today } = await writeOldDatabase(context, extensionId, fixture, {
    today: TODAY_WIN,
    keepOpen: true,
  });

  // The new tab paints from its snapshot: the value statement and the step, at once.
  await newtab.open();
  await expect(newtab.heading).not.toBeEmpty();
  await expect(newtab.step).toBeVisible();
  // The upgrade waits for the old connection, which was asked to close and did not, so the
  // day's data cannot have arrived; a Done pressed now waits for it.
  await expect.poll(() => holder.evaluate(() => (window as any).versionChanges)).toBeGreaterThan(0);
  expect(await holder.evaluate(() => (window as any).oldDb.version)).toBe(version);
  await expect(newtab.page.getByText('1 small win today')).toHaveCount(0);
  await newtab.step.getByRole('button', { name: 'Done', exact: true }).click();

  // Once the old page closes, the upgrade completes and the new tab shows the data: today's win
  // from before, and the Done, stored once.
  await holder.close();
  await expect(newtab.page.getByText('2 small wins today')).toBeVisible();
  const expected = normalised(upgraded(withToday(fixture, today ?? {})));
  const actual = normalised(await readDatabase(newtab.page));
  const day = records(actual, 'days').find((d) => d.day === today?.day);
  const done = day.entries.filter((e: { id: string }) => e.id !== TODAY_WIN.id);
  expect(done).toEqual([expect.objectContaining({ kind: 'win', source: 'newtab' })]);
  day.entries = day.entries.filter((e: { id: string }) => e.id === TODAY_WIN.id);
  records(expected, 'state').find((r) => r.key === 'version').value += 1;
  // The Done's change notice wakes the worker, which may bring its reminder log to today (and
  // remind once for a step due earlier today): what it knew of past reminders stays.
  const log = takeRecord(actual, 'state', 'reminders');
  for (const [id, at] of Object.entries(takeRecord(expected, 'state', 'reminders').lastFired)) {
    expect(log.lastFired[id], id).toBeGreaterThanOrEqual(at as number);
  }
  expect(actual).toEqual(expected);
});
