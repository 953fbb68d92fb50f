import { useLive } from '@/hooks/useLive';
import { around, countryName } from '@/utils/copy/lang/regions';
import { fill } from '@/utils/copy/lang/sentences';
import { crisisLinesCopy } from '@/utils/copy/options/crisisLines';
import { countryFor } from '@/utils/core/crisis/country';
import { emergencyFor, linesFor } from '@/utils/core/crisis/lines';
import { telHref } from '@/utils/core/phone';
import { getSettings } from '@/utils/doors/settings';
import { COUNTRY_FIELD_HASH } from '@/utils/model/optionsRoute';
import { CountryAsk } from './CountryAsk';
import { CrisisLine } from './CrisisLine';
import { CrisisSource } from './CrisisSource';
import { HelplineDirectory } from './HelplineDirectory';

/**
 * Crisis help for the person's country (issue 27), in Help and in the plan for hard days'
 * "Professional and crisis help": the country's name with "Change", each line confirmed on an
 * official page (utils/core/crisis/lines.ts) with its source and checked-on day, the emergency
 * number with its source (or local emergency services, where none is known), then the
 * international directory. The country is the one chosen in Settings, else the browser's
 * region; with neither, it asks once, in place. A country without a confirmed line shows only
 * emergency services and the directory: never a guess.
 */
export function CrisisLines() {
  const settings = useLive(getSettings);
  // Until the setting is read, the directory alone; a setting that cannot be read leaves the
  // browser's region, so help still shows.
  const known = settings.status !== 'loading';
  const country = known ? countryFor(settings.data?.country, navigator.languages ?? []) : undefined;
  return (
    <div class="crisis-lines">
      {known && country && <CountryHelp country={country} />}
      {known && !country && <CountryAsk />}
      {known && !country && <p>{crisisLinesCopy.crisisLines.noEmergency}</p>}
      <HelplineDirectory />
    </div>
  );
}

/** A country's name with "Change", its lines, and its emergency number. */
function CountryHelp({ country }: { country: string }) {
  const words = crisisLinesCopy.crisisLines;
  const lines = linesFor(country);
  const emergency = emergencyFor(country);
  const call = emergency && telHref(emergency.call);
  const [before, after] = around(words.emergency, 'number');
  return (
    <>
      <p class="crisis-country">
        {fill(words.forCountry, { country: countryName(country) })}{' '}
        <a
          class="no-print"
          href={`/options.html${COUNTRY_FIELD_HASH}`}
          aria-label={words.changeLabel}
        >
          {words.change}
        </a>
      </p>
      {lines.length > 0 && (
        <ul class="crisis-line-list">
          {lines.map((line) => (
            <CrisisLine key={`${line.name} ${line.call ?? line.text}`} line={line} />
          ))}
        </ul>
      )}
      {emergency ? (
        <div class="crisis-emergency">
          <p>
            {before}
            {call ? (
              <a href={call} dir="ltr">
                {emergency.call}
              </a>
            ) : (
              emergency.call
            )}
            {after}
          </p>
          <CrisisSource source={emergency.source} lang="en" />
        </div>
      ) : (
        <p>{words.noEmergency}</p>
      )}
    </>
  );
}
