/**
 * A backup's problems (utils/core/backup/problems.ts) said in plain words from the parts in
 * backupFile.ts. Apart from those words, so only the pages that read a file load it.
 */
import type { BackupFault, BackupPlace, BackupProblem } from '@/utils/core/backup';
import { PROBLEMS_SHOWN } from '@/utils/model/limits';
import { backupFileCopy } from './backupFile';

const w = backupFileCopy;

/** What is wrong with a part, from its fault code. */
function faultText(fault: BackupFault): string {
  switch (fault.code) {
    case 'tooLong':
    case 'atMost':
    case 'atMostEntries':
      return w[fault.code](fault.max);
    case 'noSuchDay':
      return w.noSuchDay(fault.day);
    case 'oneOf':
      return w.oneOf(fault.choices);
    case 'version':
      return w.version(fault.version);
    case 'sameId':
    case 'noSuchValue':
    case 'noSuchStep':
    case 'noSuchWeekStep':
      return w[fault.code](fault.id);
    default:
      return w[fault.code];
  }
}

/** "Value 1 ("Connection")", "Step 3 ("Walk")", "Entry 4 (a check-in from 2026-11-23)". */
function placeText(place: BackupPlace): string {
  switch (place.list) {
    case 'values':
      return w.value(place.n, place.name);
    case 'commitments':
      return w.step(place.n, place.step);
    case 'reviews':
      return w.review(place.n, place.week);
    case 'entries':
      return w.entry(place.n, place.kind, place.day, place.words);
    case 'settings':
      return w.settings;
    case 'hardDaysPlan':
      return w.hardDaysPlan;
    default: {
      const never: never = place;
      return String(never);
    }
  }
}

/** One line about a backup that was not loaded (utils/core/backup/problems.ts), in plain words. */
export function backupProblemText(problem: BackupProblem): string {
  switch (problem.code) {
    case 'unreadable':
      return w.problem('', w.theFile, w.unreadable);
    case 'saysItIs':
      return w.saysItIs(problem.format);
    case 'newer':
      return w.newer(problem.version, problem.reads);
    case 'fault': {
      const name = problem.keys.join('.');
      const field = name === '' ? '' : (w.fields[name] ?? w.field(String(problem.keys.at(-1))));
      const where = problem.place ? placeText(problem.place) : '';
      return w.problem(where, field, faultText(problem.fault));
    }
    case 'emptyFile':
    case 'chooseExported':
    case 'notJson':
    case 'saysNothing':
    case 'otherData':
      return w[problem.code];
    default: {
      const never: never = problem;
      return String(never);
    }
  }
}

/**
 * A refusal's problems as lines to show: each said once (a list of seven bad weekdays is one
 * problem to fix, not seven), the first `PROBLEMS_SHOWN` named and the rest counted, with how
 * many there are in all and the first line on its own.
 */
export function backupProblemsText(found: readonly BackupProblem[]): {
  count: number;
  error: string;
  problems: string[];
} {
  const all = [...new Set(found.map(backupProblemText))];
  const problems =
    all.length > PROBLEMS_SHOWN
      ? [...all.slice(0, PROBLEMS_SHOWN), w.more(all.length - PROBLEMS_SHOWN)]
      : all;
  return { count: all.length, error: problems[0], problems };
}
