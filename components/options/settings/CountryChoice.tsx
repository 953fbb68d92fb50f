import { useEffect, useId, useRef } from 'preact/hooks';
import { CountrySelect } from '@/components/shared/CountrySelect';
import { countryName } from '@/utils/copy/lang/regions';
import { fill } from '@/utils/copy/lang/sentences';
import { crisisLinesCopy } from '@/utils/copy/options/crisisLines';
import { isCountryCode } from '@/utils/core/crisis/countries';
import { regionOf } from '@/utils/core/crisis/country';
import { COUNTRY_FIELD_HASH } from '@/utils/model/optionsRoute';

/**
 * The "Country" select (issue 27): the country crisis help is for, by its name in the person's
 * language, saved at once (`onPick`). While none is chosen its first choice says so, and names
 * the browser's country, which the pages use meanwhile. Reached from crisis help's "Change"
 * (`#settings/country`), it takes the focus.
 */
export function CountryChoice({
  value,
  onPick,
}: {
  value: string | undefined;
  onPick: (country: string) => void;
}) {
  const id = useId();
  const words = crisisLinesCopy.crisisLines;
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (location.hash === COUNTRY_FIELD_HASH) select.current?.focus();
  }, []);
  const browser = regionOf(navigator.languages ?? []);
  // A code this build cannot name (from a file) shows as not chosen, never as another country.
  const chosen = isCountryCode(value) ? value : undefined;
  const first = chosen
    ? undefined
    : browser
      ? fill(words.fromBrowser, { country: countryName(browser) })
      : words.notChosen;
  return (
    <div class="card">
      <div class="field">
        <label for={`${id}-country`}>{words.country}</label>
        <CountrySelect
          id={`${id}-country`}
          value={chosen}
          first={first}
          describedBy={`${id}-country-hint`}
          selectRef={select}
          onPick={onPick}
        />
      </div>
      <p class="hint" id={`${id}-country-hint`}>
        {words.countryHint}
      </p>
    </div>
  );
}
