import { clockTime } from '@/utils/copy/lang/intl';
import { historyCopy } from '@/utils/copy/options/history';
import type { HistoryItem as Item } from '@/utils/pages/options/historyView';

interface Props {
  item: Item;
  onEdit: () => void;
  onDelete: () => void;
}

/**
 * One entry in History: what it was, its time, whether it was added later or corrected, and
 * "Edit" and "Delete", which name the entry they act on through `aria-describedby`.
 */
export function HistoryItem({ item, onEdit, onDelete }: Props) {
  const words = historyCopy.history;
  const id = `entry-${item.entry.id}`;
  const notes = [
    item.time ? clockTime(item.time) : words.noTime,
    item.addedLater ? words.addedLater : '',
    item.corrected ? words.corrected : '',
  ].filter(Boolean);
  return (
    <li class={`history-entry ${item.entry.kind}`}>
      <div class="history-what">
        {/* A check-in's note reads in its own direction, inside the sentence. */}
        <span id={id}>
          {item.what}
          {item.note && (
            <>
              . {words.noteQuote.open}
              <span dir="auto">{item.note}</span>
              {words.noteQuote.close}
            </>
          )}
        </span>
        <span class="soft small-text">{notes.join(' · ')}</span>
      </div>
      <div class="history-actions">
        <button type="button" class="link" aria-describedby={id} onClick={onEdit}>
          {words.edit}
        </button>
        <button type="button" class="link" aria-describedby={id} onClick={onDelete}>
          {words.delete}
        </button>
      </div>
    </li>
  );
}
