import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { longDate, monthName } from '@/utils/copy/lang/intl';
import { historyCopy } from '@/utils/copy/options/history';
import { putBackEntry, removeEntry } from '@/utils/doors/log';
import { dayKey } from '@/utils/model/day';
import type { Entry } from '@/utils/model/types';
import {
  HISTORY_FILTERS,
  type HistoryFilter,
  historyView,
} from '@/utils/pages/options/historyView';
import { loadHistory } from '@/utils/pages/options/loadViews';
import { BackfillForm } from './BackfillForm';
import { EntryEditor } from './EntryEditor';
import { HistoryItem } from './HistoryItem';

/** Days of a month shown at first; the rest come on request, so years of data stay quick. */
const FIRST_DAYS = 10;

/** What the view last said, with the entry Undo would put back. */
type Said = { text: string; undo?: Entry } | null;

/**
 * History (`#history`): every entry, a month at a time, newest day first, each day a section
 * headed by its date. Entries can be corrected ("Edit") or deleted ("Delete", with "Undo"), and a
 * past day can be filled in ("Add a past entry"). Filter by kind; jump to any month.
 */
export function HistoryPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const words = historyCopy.history;
  const [month, setMonth] = useState<string | null>(null);
  const [filter, setFilter] = useState<HistoryFilter>('all');
  const [dayCount, setDayCount] = useState(FIRST_DAYS);
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState<Said>(null);
  const live = useLive(() => loadHistory(month));
  const status = useRef<HTMLParagraphElement>(null);
  const today = dayKey(new Date());
  const data = live.data;
  const view = data ? historyView({ ...data, filter }) : null;

  useEffect(() => {
    if (said?.undo) status.current?.querySelector('button')?.focus();
  }, [said]);

  const go = (next: string | null) => {
    setMonth(next);
    setDayCount(FIRST_DAYS);
    setEditing(null);
    live.reload();
  };
  const remove = async (entry: Entry) => {
    try {
      await removeEntry(entry);
      setSaid({ text: words.deleted, undo: entry });
    } catch {
      setSaid({ text: copy.errors.save });
    }
  };
  const undo = async (entry: Entry) => {
    await putBackEntry(entry);
    setSaid({ text: words.restored });
  };

  const months = view?.months ?? [];
  const index = view?.month ? months.indexOf(view.month) : -1;
  const days = view?.days.slice(0, dayCount) ?? [];
  const hidden = (view?.days.length ?? 0) - days.length;

  return (
    <section class="view history" aria-labelledby="history-heading">
      <header class="view-head">
        <h2 id="history-heading" ref={headingRef} tabIndex={-1}>
          {words.heading}
        </h2>
        <p class="soft">{words.intro}</p>
      </header>
      {live.status === 'error' && <StorageProblem />}
      {data && (
        <BackfillForm
          open={data.months.length === 0}
          values={data.values}
          commitments={data.commitments}
          today={today}
          onAdded={(text) => setSaid({ text })}
        />
      )}
      <p role="status" class="said" ref={status}>
        {said?.text}
        {said?.undo && (
          <>
            {' '}
            <button type="button" class="link" onClick={() => said.undo && undo(said.undo)}>
              {words.undo}
            </button>
          </>
        )}
      </p>
      {view && months.length === 0 && <p class="soft empty">{words.empty}</p>}
      {view && months.length > 0 && (
        <>
          <div class="history-controls">
            <fieldset class="choices filter">
              <legend>{words.show}</legend>
              {HISTORY_FILTERS.map((f) => (
                <label key={f} class="inline">
                  <input
                    type="radio"
                    name="history-filter"
                    checked={filter === f}
                    onChange={() => setFilter(f)}
                  />{' '}
                  {words.filters[f]}
                </label>
              ))}
            </fieldset>
            <nav class="month-nav" aria-label={words.months}>
              <button type="button" disabled={index <= 0} onClick={() => go(months[index - 1])}>
                <span aria-hidden="true">← </span>
                {words.newer}
              </button>
              <label for="history-month" class="visually-hidden">
                {words.month}
              </label>
              <select
                id="history-month"
                value={view.month ?? ''}
                onChange={(e) => go(e.currentTarget.value)}
              >
                {months.map((m) => (
                  <option key={m} value={m}>
                    {monthName(`${m}-01`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={index >= months.length - 1}
                onClick={() => go(months[index + 1])}
              >
                {words.older}
                <span aria-hidden="true"> →</span>
              </button>
            </nav>
          </div>
          {days.length === 0 && <p class="soft empty">{words.emptyMonth}</p>}
          {days.map(({ day, items }) => (
            <section key={day} class="card history-day" aria-labelledby={`day-${day}`}>
              <h3 id={`day-${day}`}>{longDate(day)}</h3>
              <ul class="history-entries">
                {items.map((item) =>
                  editing === item.entry.id && data ? (
                    <li key={item.entry.id}>
                      <EntryEditor
                        entry={item.entry}
                        values={data.values}
                        commitments={data.commitments}
                        today={today}
                        onClose={(text) => {
                          setEditing(null);
                          if (text) setSaid({ text });
                        }}
                      />
                    </li>
                  ) : (
                    <HistoryItem
                      key={item.entry.id}
                      item={item}
                      onEdit={() => setEditing(item.entry.id)}
                      onDelete={() => remove(item.entry)}
                    />
                  ),
                )}
              </ul>
            </section>
          ))}
          {hidden > 0 && (
            <button type="button" onClick={() => setDayCount((n) => n + FIRST_DAYS)}>
              {words.moreDays(Math.min(hidden, FIRST_DAYS))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
