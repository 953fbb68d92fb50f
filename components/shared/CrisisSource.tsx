import { around, dayInFull } from '@/utils/copy/lang/regions';
import { fill } from '@/utils/copy/lang/sentences';
import { crisisLinesCopy } from '@/utils/copy/options/crisisLines';
import type { LineSource } from '@/utils/core/crisis/lines';

/**
 * Where a number comes from, beside it: "Source: 988 Suicide & Crisis Lifeline, checked on
 * December 7, 2026.", the source's name a link to its page, so a person can check it again.
 * The name is as its publisher writes it, in `lang` (the table's names are English).
 */
export function CrisisSource({ source, lang }: { source: LineSource; lang?: string }) {
  const sentence = fill(crisisLinesCopy.crisisLines.source, { date: dayInFull(source.checkedOn) });
  const [before, after] = around(sentence, 'source');
  return (
    <p class="soft crisis-source">
      {before}
      <a href={source.url} target="_blank" rel="noopener noreferrer" lang={lang}>
        {source.name}
      </a>
      {after}
    </p>
  );
}
