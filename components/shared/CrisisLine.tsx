import { around, languageList } from '@/utils/copy/lang/regions';
import { fill } from '@/utils/copy/lang/sentences';
import { crisisLinesCopy } from '@/utils/copy/options/crisisLines';
import type { CrisisLine as Line } from '@/utils/core/crisis/lines';
import { smsHref, telHref } from '@/utils/core/phone';
import { CrisisSource } from './CrisisSource';

/**
 * One crisis line: its name as its operator writes it, its number to call (a `tel:` link by its
 * digits) and to text (`sms:`), its chat, hours and languages, a note quoted from its source,
 * and the source with the day it was checked. The table's names and notes are written in the
 * line's first language, so they say so (`lang`) to a screen reader on a page in another.
 */
export function CrisisLine({ line }: { line: Line }) {
  const words = crisisLinesCopy.crisisLines;
  const lang = line.languages[0];
  const call = line.call ? telHref(line.call) : null;
  const text = line.text ? smsHref(line.text) : null;
  return (
    <li class="crisis-line">
      <p class="crisis-line-name" lang={lang}>
        <strong>{line.name}</strong>
      </p>
      {line.call && (
        <p>
          {words.call}{' '}
          {call ? (
            <a href={call} dir="ltr">
              {line.call}
            </a>
          ) : (
            <span dir="ltr">{line.call}</span>
          )}
        </p>
      )}
      {line.text && (
        <p>
          {words.text}{' '}
          {text ? (
            <a href={text} dir="ltr">
              {line.text}
            </a>
          ) : (
            <span dir="ltr">{line.text}</span>
          )}
        </p>
      )}
      {line.chat && (
        <p>
          <a href={line.chat} target="_blank" rel="noopener noreferrer">
            {words.chat}
          </a>
        </p>
      )}
      <p class="soft">
        {fill(words.hours, { hours: line.hours })} ·{' '}
        {fill(words.languages, { languages: languageList(line.languages) })}
      </p>
      {line.languageNote && <Quoted note={line.languageNote} lang={lang} />}
      <CrisisSource source={line.source} lang={lang} />
    </li>
  );
}

/** A note quoted from the source, in the page's quotation marks, the note in its own language. */
function Quoted({ note, lang }: { note: string; lang: string }) {
  const [open, close] = around(crisisLinesCopy.crisisLines.quoted, 'note');
  return (
    <p class="soft">
      {open}
      <span lang={lang}>{note}</span>
      {close}
    </p>
  );
}
