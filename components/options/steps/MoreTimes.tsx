/**
 * A time cue's more times in the cue editor: a row per time (up to `MORE_TIMES`), each with its
 * own Remove, "Add a time" until the limit, and a plain note for a time named twice.
 */
import { useEffect, useRef } from 'preact/hooks';
import { copy } from '@/utils/copy';
import { clockTime } from '@/utils/copy/lang/intl';
import { draftProblemText } from '@/utils/copy/options';
import { moreTimeProblems, nextFreeTime } from '@/utils/core/drafts/cueForm';
import { quietHold } from '@/utils/core/quietHours';
import { isClockTime } from '@/utils/model/day';
import { MORE_TIMES } from '@/utils/model/limits';
import type { QuietHours } from '@/utils/model/types';

interface Props {
  /** The ids of the cue editor, so each row's field has its own. */
  id: string;
  at: string;
  alsoAt: readonly string[];
  onChange: (alsoAt: string[]) => void;
  /** After a save was tried: a missing time is said too, not only a time named twice. */
  tried: boolean;
  quiet: QuietHours | null;
}

export function MoreTimes({ id, at, alsoAt, onChange, tried, quiet }: Props) {
  const words = copy.options.cue;
  // Where the keyboard goes after the rows change: the new row, or "Add a time" after a Remove.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const rowId = (i: number) => `${id}-also-${i}`;
  const problems = moreTimeProblems(at, alsoAt);
  const add = () => {
    focusNext.current = rowId(alsoAt.length);
    onChange([...alsoAt, nextFreeTime(at, alsoAt)]);
  };
  const remove = (i: number) => {
    focusNext.current = alsoAt.length - 1 > i ? rowId(i) : i > 0 ? rowId(i - 1) : `${id}-add-time`;
    onChange(alsoAt.filter((_, j) => j !== i));
  };

  return (
    <div class="more-times">
      {alsoAt.map((time, i) => {
        // A time named twice is said at once; a missing one only after a save was tried.
        const problem =
          problems[i] === 'time-twice' || (tried && problems[i]) ? problems[i] : undefined;
        const quietText = copy.notes.quiet.note(quietHold(time, quiet), quiet);
        const describedBy =
          [problem && `${rowId(i)}-problem`, quietText && `${rowId(i)}-quiet`]
            .filter(Boolean)
            .join(' ') || undefined;
        return (
          // Rows are positions: removing one moves the ones after it up.
          <div key={i} class="field field-short more-time">
            <label for={rowId(i)}>{words.moreTime(i + 1)}</label>
            <div class="more-time-row">
              <input
                id={rowId(i)}
                type="time"
                value={time}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy}
                onInput={(e) =>
                  onChange(alsoAt.map((t, j) => (j === i ? e.currentTarget.value : t)))
                }
              />
              <button
                type="button"
                class="link"
                aria-label={
                  isClockTime(time)
                    ? words.removeTime(clockTime(time))
                    : words.removeMoreTime(i + 1)
                }
                onClick={() => remove(i)}
              >
                {words.remove}
              </button>
            </div>
            {problem && (
              <p class="hint" id={`${rowId(i)}-problem`}>
                <span class="gentle">{draftProblemText(problem)}</span>
              </p>
            )}
            {quietText && (
              <p class="hint" id={`${rowId(i)}-quiet`}>
                {quietText}
              </p>
            )}
          </div>
        );
      })}
      {alsoAt.length < MORE_TIMES ? (
        <div>
          <button
            type="button"
            id={`${id}-add-time`}
            class="small"
            aria-describedby={`${id}-times-hint`}
            onClick={add}
          >
            {words.addTime}
          </button>
          <p class="hint" id={`${id}-times-hint`}>
            {words.moreTimesHint}
          </p>
        </div>
      ) : (
        <p class="hint">{words.timesLimit(MORE_TIMES + 1)}</p>
      )}
    </div>
  );
}
