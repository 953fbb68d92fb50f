import { coreCopy } from '@/utils/copy/core';
import { popupCopy } from '@/utils/copy/popup';
import { entryStep, entryValueId } from '@/utils/core/entryWords';
import { unknownKind } from '@/utils/model/entryKinds';
import type { Commitment, Entry, Value } from '@/utils/model/types';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...popupCopy };

interface Props {
  entries: Entry[];
  values: Value[];
  commitments: Commitment[];
  onUndo: (entry: Entry) => void;
}

/** Words for one entry of today's log. */
export function describeEntry(e: Entry, values: Value[], commitments: Commitment[]): string {
  if (e.kind === 'checkin') return copy.popup.checkinLine(e.mood, e.energy);
  const c = e.commitmentId ? commitments.find((x) => x.id === e.commitmentId) : undefined;
  if (e.kind === 'skip') return copy.popup.skipLine(entryStep(e, c));
  if (e.kind !== 'win') return unknownKind(e);
  const step = entryStep(e, c);
  const valueId = entryValueId(e, c);
  const value = valueId ? values.find((v) => v.id === valueId)?.name : undefined;
  return value ? `${step} · ${value}` : step;
}

/** Everything logged today, each with Undo. */
export function TodayLog({ entries, values, commitments, onUndo }: Props) {
  if (entries.length === 0) return <p class="soft">{copy.popup.nothingLoggedToday}</p>;
  return (
    <ul class="today-log" aria-label={copy.popup.todayLog}>
      {entries.map((e) => {
        const words = describeEntry(e, values, commitments);
        return (
          <li key={e.id}>
            <span dir="auto">{words}</span>
            <button
              type="button"
              class="small"
              aria-label={`${copy.actions.undo}: ${words}`}
              onClick={() => onUndo(e)}
            >
              {copy.actions.undo}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
