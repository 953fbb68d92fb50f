import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { countryChoices } from '@/utils/copy/lang/regions';
import { locale } from '@/utils/copy/lang/sentences';

/**
 * A select of every country by its name in the person's language, sorted as that language sorts
 * (issue 27), kept as its ISO 3166-1 alpha-2 code. `first`, when given, is a first choice with no
 * country ("Not chosen yet"), shown while none is chosen.
 */
export function CountrySelect({
  id,
  value,
  first,
  describedBy,
  selectRef,
  onPick,
}: {
  id: string;
  value: string | undefined;
  first?: string;
  describedBy?: string;
  selectRef?: Ref<HTMLSelectElement>;
  onPick: (country: string) => void;
}) {
  const loc = locale();
  const choices = useMemo(() => countryChoices(loc), [loc]);
  return (
    <select
      id={id}
      ref={selectRef}
      value={value ?? ''}
      aria-describedby={describedBy}
      onChange={(e) => {
        const code = e.currentTarget.value;
        if (code) onPick(code);
      }}
    >
      {first !== undefined && <option value="">{first}</option>}
      {choices.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
