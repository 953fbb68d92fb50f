import { backup, walk } from '@/tests/e2e/data';
import type { BackupRefusal } from '@/utils/core/backup';

/**
 * A small, fixed, readable set of hostile backup files, in Firefox:
 * each must be refused in plain words through the real import UI, with nothing changed. The
 * thousand generated ones are the unit suite's (tests/unit/utils/core/backup.test.ts); these are
 * one of each kind, to show that the page itself refuses them.
 */
export interface HostileFile {
  /** What is wrong with it, as the test names it. */
  name: string;
  /** The file's text. */
  text: string;
  /**
   * What picks the refusal's first plain line: why, and for `problems` how many. `null` where
   * only "refused, nothing changed" is checked.
   */
  refused: { why: BackupRefusal; count?: number } | null;
}

/** A good file to spoil: one value, one step, one win an hour ago. */
function good(): Record<string, any> {
  const at = Date.now() - 3_600_000;
  return JSON.parse(
    backup({
      commitments: [walk({ kind: 'anchor', text: 'after lunch' }, 'c-hostile')],
      entries: [{ id: 'w-hostile', kind: 'win', at, commitmentId: 'c-hostile', source: 'popup' }],
    }),
  );
}

/** A good file with `change` made to it, as text. */
function spoilt(change: (file: Record<string, any>) => void): string {
  const file = good();
  change(file);
  return JSON.stringify(file);
}

/** A placeholder for text JSON.stringify cannot write (1e400, deep nesting), replaced after. */
const RAW = '<raw>';

/** `{"a":{"a":…}}`, `depth` levels deep, as text (JSON.stringify of it would itself recurse). */
function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The set, in the order a person is likeliest to meet them. */
export function hostileFiles(): HostileFile[] {
  const text = JSON.stringify(good());
  return [
    {
      name: 'not JSON (a file cut short)',
      text: text.slice(0, text.length / 2),
      refused: { why: 'not-json' },
    },
    { name: 'empty', text: ' \n', refused: { why: 'empty' } },
    {
      name: 'a wrong format',
      text: spoilt((f) => {
        f.format = 'bonjourr-backup';
      }),
      refused: { why: 'not-backup' },
    },
    {
      name: 'version 2',
      text: spoilt((f) => {
        f.version = 2;
      }),
      refused: { why: 'newer' },
    },
    {
      // The format and version only through `__proto__` (JSON.parse makes that an own key, so
      // they are not there), and a record that tries to give every object a property.
      name: 'a __proto__ key',
      text: `{"__proto__":{"format":"footholds-backup","version":1,"polluted":true},"values":[{"__proto__":{"polluted":true},"id":"v-x","name":"X"}]}`,
      refused: { why: 'not-backup' },
    },
    {
      name: 'duplicate ids',
      text: spoilt((f) => {
        f.entries.push({ ...f.entries[0], text: 'Again' });
      }),
      refused: { why: 'problems', count: 1 },
    },
    {
      name: 'a step naming a missing value',
      text: spoilt((f) => {
        f.commitments[0].valueId = 'v-missing';
      }),
      refused: { why: 'problems', count: 1 },
    },
    {
      // A day past the bound, 9999-12-31T00:00Z, with no day written: its day would be in 10000.
      name: 'a time past year 9999',
      text: spoilt((f) => {
        f.entries[0].at = 253_402_214_400_000 + 86_400_000;
      }),
      refused: null,
    },
    {
      name: 'the day 2026-02-31',
      text: spoilt((f) => {
        f.entries[0].day = '2026-02-31';
      }),
      refused: null,
    },
    {
      // Numbers written as words or as more than a number can hold (1e400 reads as Infinity).
      name: 'NaN-like and huge numbers',
      text: spoilt((f) => {
        f.commitments[0].minutes = 'NaN';
        f.values[0].createdAt = '1e999';
        f.entries[0].at = 'Infinity';
        f.commitments[0].createdAt = RAW;
      }).replace(`"${RAW}"`, '1e400'),
      refused: { why: 'problems', count: 4 },
    },
    {
      name: 'deep nesting (a name twenty thousand groups deep)',
      text: spoilt((f) => {
        f.values[0].name = RAW;
      }).replace(`"${RAW}"`, nested(20_000)),
      refused: { why: 'problems', count: 1 },
    },
  ];
}
