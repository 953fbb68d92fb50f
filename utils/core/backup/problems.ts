/**
 * What is wrong with a backup file, as codes with their placeholders (a record's place, a field's
 * path, a limit, an id), so the words module (utils/copy/options/backupFile.ts) can say each in
 * the person's language. The schema's valibot messages are faults written with `fault`.
 */

/** What is wrong with one part of a record, with what the sentence needs to say it. */
export type BackupFault =
  | {
      code:
        | 'missing'
        | 'text'
        | 'empty'
        | 'date'
        | 'before1970'
        | 'farFuture'
        | 'clock'
        | 'day'
        | 'weekdays'
        | 'weekday'
        | 'weekdayList'
        | 'weekdayTwice'
        | 'someWeekday'
        | 'clockList'
        | 'moreTimes'
        | 'timeTwice'
        | 'oneToFive'
        | 'minutes'
        | 'wholeMinutes'
        | 'atLeastMinute'
        | 'atMostDay'
        | 'notNegative'
        | 'count'
        | 'trueOrFalse'
        | 'trueOrLeftOut'
        | 'group'
        | 'groupOrNull'
        | 'list'
        | 'needsWhatWasDone'
        | 'unreadable'
        | 'sameWeek'
        | 'country';
    }
  | { code: 'tooLong' | 'atMost' | 'atMostEntries'; max: number }
  | { code: 'noSuchDay'; day: string }
  | { code: 'oneOf'; choices: readonly string[] }
  | { code: 'version'; version: number }
  | { code: 'sameId' | 'noSuchValue' | 'noSuchStep' | 'noSuchWeekStep'; id: string };

/**
 * Where in the file a problem is: one record, counted from 1, with the words that help find it
 * (already checked to be text, and a real day where it is one), the settings, or the plan for
 * hard days.
 */
export type BackupPlace =
  | { list: 'values'; n: number; name?: string }
  | { list: 'commitments'; n: number; step?: string }
  | { list: 'reviews'; n: number; week?: string }
  | { list: 'entries'; n: number; kind?: string; day?: string; words?: string }
  | { list: 'settings' }
  | { list: 'hardDaysPlan' };

/**
 * One line about a backup that was not loaded: a file that is not a backup at all (empty, not
 * JSON, another kind of file, a newer version), a file that could not be read, or a fault in a
 * part of it. `keys` is the part's path inside its record (list positions left out), empty for
 * the record itself.
 */
export type BackupProblem =
  | {
      code: 'emptyFile' | 'chooseExported' | 'notJson' | 'saysNothing' | 'otherData' | 'unreadable';
    }
  | { code: 'saysItIs'; format: string }
  | { code: 'newer'; version: number; reads: number }
  | { code: 'fault'; place?: BackupPlace; keys: readonly string[]; fault: BackupFault };

/** A fault as a valibot message: the schema's messages must be strings. */
export function fault(found: BackupFault): string {
  return JSON.stringify(found);
}

/** The fault a valibot message holds (`fault`); one the schema did not write reads as unreadable. */
export function faultOf(message: string): BackupFault {
  try {
    const found = JSON.parse(message) as BackupFault | null;
    if (found !== null && typeof found === 'object' && typeof found.code === 'string') return found;
  } catch {
    // Not one of ours: say the part could not be read rather than pass a library's words on.
  }
  return { code: 'unreadable' };
}
