// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App as NewTab } from '@/entrypoints/newtab/App';
import { App as Popup } from '@/entrypoints/popup/App';
import { freshDatabase } from '@/tests/unit/helpers';
import { storageCopy } from '@/utils/copy/storage';
import { closeDb } from '@/utils/db/connection';

/** An IndexedDB that cannot open, as in a locked-down or broken profile. */
function breakIndexedDb() {
  globalThis.indexedDB = {
    open() {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    },
  } as unknown as IDBFactory;
}

beforeEach(async () => {
  await closeDb();
  breakIndexedDb();
  localStorage.clear();
});
afterEach(async () => {
  cleanup();
  await freshDatabase();
});

describe('when storage cannot open', () => {
  it('the popup says so in plain words, and the win form is still there', async () => {
    render(<Popup />);
    expect((await screen.findByRole('alert')).textContent).toBe(storageCopy.storageProblem);
    expect(screen.getByLabelText('What did you do?')).toBeTruthy();
  });

  it('the new tab says so in plain words', async () => {
    render(<NewTab />);
    expect((await screen.findByRole('alert')).textContent).toBe(storageCopy.storageProblem);
  });
});
