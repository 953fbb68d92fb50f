import { IDBFactory } from 'fake-indexeddb';
import { closeDb } from '@/utils/db/connection';

/** Gives the data layer a brand-new, empty IndexedDB (call in `beforeEach`). */
export async function freshDatabase(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}
