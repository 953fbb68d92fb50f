/**
 * Where in a backup file a problem is, as codes: a record by its place in a list (with the words
 * that help find it), the settings or the plan for hard days, and the part of it; and a schema
 * problem (valibot's issue) said as one `BackupProblem`. The words module says each.
 */
import type * as v from 'valibot';
import { type BackupFault, type BackupPlace, type BackupProblem, faultOf } from './problems';
import { isRealDay } from './schema';

/** The file's lists of records, each named in plain words by its place. */
export type ListName = 'values' | 'commitments' | 'entries' | 'reviews';
const LISTS: readonly string[] = ['values', 'commitments', 'entries', 'reviews'];

/** A field of a record, if it is words worth quoting to help find the record. */
function wordsOf(record: unknown, key: string): string | undefined {
  const value = (record as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A record by its place, with the words that help find it (the words module says them). */
export function recordPlace(list: ListName, index: number, record: unknown): BackupPlace {
  const n = index + 1;
  const isObject = record !== null && typeof record === 'object';
  const get = (key: string) => (isObject ? wordsOf(record, key) : undefined);
  switch (list) {
    case 'values':
      return { list, n, name: get('name') };
    case 'commitments':
      return { list, n, step: get('step') };
    case 'reviews': {
      const week = get('weekStart');
      return { list, n, week: isRealDay(week) ? week : undefined };
    }
    case 'entries': {
      const day = get('day');
      const words = get('text') ?? get('stepText');
      return { list, n, kind: get('kind'), day: isRealDay(day) ? day : undefined, words };
    }
    default: {
      const never: never = list;
      return never;
    }
  }
}

/**
 * One schema problem: the record it is in (by its place in a list, or the settings), the part of
 * it (its keys, list positions left out), and what is wrong (the fault the schema's message holds).
 */
export function describeIssue(issue: v.BaseIssue<unknown>): BackupProblem {
  const path: readonly v.IssuePathItem[] = issue.path ?? [];
  const missing = issue.kind === 'schema' && issue.input === undefined && path.length > 0;
  const fault: BackupFault = missing ? { code: 'missing' } : faultOf(issue.message);
  let where: BackupPlace | undefined;
  let rest = path;
  const [first, second] = path;
  if (first && LISTS.includes(String(first.key)) && typeof second?.key === 'number') {
    where = recordPlace(first.key as ListName, second.key, second.value);
    rest = path.slice(2);
  } else if ((first?.key === 'settings' || first?.key === 'hardDaysPlan') && path.length > 1) {
    where = { list: first.key };
    rest = path.slice(1);
  }
  const keys = rest.map((item) => item.key).filter((key) => typeof key === 'string');
  // In the plan for hard days, a fault in one line or one person of a part is said as such
  // ("a line of ..."), not as the part's list.
  if (where?.list === 'hardDaysPlan' && typeof rest.at(-1)?.key === 'number') keys.push('item');
  return where ? { code: 'fault', place: where, keys, fault } : { code: 'fault', keys, fault };
}
