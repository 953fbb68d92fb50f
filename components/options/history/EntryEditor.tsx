import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { copy } from '@/utils/copy';
import { historyCopy } from '@/utils/copy/options/history';
import {
  type EntryProblems,
  entryDraftFrom,
  entryFromDraft,
  entryProblems,
} from '@/utils/core/drafts/entryDraft';
import { correctEntry } from '@/utils/doors/log';
import type { Commitment, Entry, Value } from '@/utils/model/types';
import { EntryFields } from './EntryFields';

interface Props {
  entry: Entry;
  values: Value[];
  commitments: Commitment[];
  today: string;
  onClose: (said?: string) => void;
}

/** Corrects one entry in History: what a person may change, for its kind, and when it was. */
export function EntryEditor({ entry, values, commitments, today, onClose }: Props) {
  const id = useId();
  const words = historyCopy.history;
  const [draft, setDraft] = useState(() => entryDraftFrom(entry));
  const [problems, setProblems] = useState<EntryProblems>({});
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const commitment =
    entry.kind === 'win' && entry.commitmentId
      ? commitments.find((c) => c.id === entry.commitmentId)
      : undefined;
  // Set-aside values stay out of the picker, unless this entry already names one.
  const pick = values.filter((v) => v.status !== 'archived' || v.id === draft.valueId);

  const save = async (event: Event) => {
    event.preventDefault();
    const found = entryProblems(draft, entry.kind, today, commitment);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      await correctEntry(entry, entryFromDraft(draft, entry.kind, Date.now(), entry, commitment));
      onClose(words.saved);
    } catch {
      setProblem(copy.errors.save);
    }
  };

  return (
    <form class="editor card entry-editor" onSubmit={save} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {words.editHeading}
      </h4>
      <EntryFields
        kind={entry.kind}
        draft={draft}
        onChange={setDraft}
        problems={problems}
        values={pick}
        today={today}
        forStep={Boolean(entry.kind === 'win' && entry.commitmentId)}
      />
      <Problem text={problem} />
      <div class="actions">
        <button type="submit" class="primary">
          {words.save}
        </button>
        <button type="button" onClick={() => onClose()}>
          {words.cancel}
        </button>
      </div>
    </form>
  );
}
