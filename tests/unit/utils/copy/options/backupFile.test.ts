/** Where a backup's problem is, in words: an entry's kind is named only when it is one we know. */
import { describe, expect, it } from 'vitest';
import { backupFileCopy } from '@/utils/copy/options/backupFile';

describe('an entry, named in a backup problem', () => {
  it('says its kind, day and words', () => {
    expect(backupFileCopy.entry(3, 'win', '2026-12-07', 'Tea')).toBe(
      'Entry 3 (a win from 2026-12-07: "Tea")',
    );
  });

  it('names no kind a hand-made file invents, not even one an object has built in', () => {
    expect(backupFileCopy.entry(1, 'constructor')).toBe('Entry 1');
    expect(backupFileCopy.entry(2, 'toString', '2026-12-07')).toBe('Entry 2 (from 2026-12-07)');
  });
});
