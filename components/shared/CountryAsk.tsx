import { useId, useState } from 'preact/hooks';
import { copy } from '@/utils/copy';
import { crisisLinesCopy } from '@/utils/copy/options/crisisLines';
import { saveSettings } from '@/utils/doors/settings';
import { CountrySelect } from './CountrySelect';
import { Problem } from './Problem';

/**
 * "Which country are you in?", asked in place where crisis help is shown, only while neither
 * Settings nor the browser names a country (issue 27). The answer is saved at once as the
 * Country setting, and the lines for it take the question's place.
 */
export function CountryAsk() {
  const id = useId();
  const words = crisisLinesCopy.crisisLines;
  const [problem, setProblem] = useState('');
  const pick = async (country: string) => {
    setProblem('');
    try {
      await saveSettings({ country });
    } catch {
      setProblem(copy.errors.save);
    }
  };
  return (
    <div class="field field-short country-ask no-print">
      <label for={`${id}-country`}>{words.ask}</label>
      <CountrySelect
        id={`${id}-country`}
        value={undefined}
        first={words.askFirst}
        describedBy={`${id}-country-hint`}
        onPick={(country) => void pick(country)}
      />
      <p class="hint" id={`${id}-country-hint`}>
        {words.askHint}
      </p>
      <Problem text={problem} />
    </div>
  );
}
