import { copy } from '@/utils/copy';
import { deleteUnusedValue, setValueStatus } from '@/utils/doors/plan';
import type { Value } from '@/utils/model/types';

/** What the steps view says after an action on a value, with what its buttons may do next. */
export type ValueSaid = {
  text: string;
  /** Undo for a deletion: the value as it was. */
  undo?: Value;
  /** The deletion could not happen: offer to set the value aside instead. */
  offerSetAside?: Value;
};

interface Props {
  value: Value;
  /** The id of the value's heading, which the buttons name through `aria-describedby`. */
  describedBy: string;
  say: (said: ValueSaid) => void;
  onProblem: () => void;
}

/** Sets a value aside (or back), never losing what refers to it, and says what was done. */
export async function changeValueStatus(value: Value, status: Value['status']): Promise<string> {
  await setValueStatus(value, status);
  const words = copy.options.value;
  return status === 'archived' ? words.didSetAside(value.name) : words.didBringBack(value.name);
}

/**
 * A value's own buttons beside its heading: "Set aside" (or "Bring back" for one set aside) and
 * "Delete value", which deletes only a value nothing refers to, and otherwise says why and offers
 * to set it aside.
 */
export function ValueActions({ value, describedBy, say, onProblem }: Props) {
  const words = copy.options.value;
  const archived = value.status === 'archived';
  const toggle = async () => {
    try {
      say({ text: await changeValueStatus(value, archived ? 'active' : 'archived') });
    } catch {
      onProblem();
    }
  };
  const remove = async () => {
    try {
      const refs = await deleteUnusedValue(value);
      if (!refs.deleted) {
        say({
          text: words.cannotDelete(value.name, refs.steps, refs.entries),
          offerSetAside: archived ? undefined : value,
        });
        return;
      }
      say({ text: words.didDelete(value.name), undo: value });
    } catch {
      onProblem();
    }
  };
  return (
    <>
      <button type="button" aria-describedby={describedBy} onClick={toggle}>
        {archived ? words.bringBack : words.setAside}
      </button>
      <button type="button" class="link" aria-describedby={describedBy} onClick={remove}>
        {words.delete}
      </button>
    </>
  );
}
