import { useId } from 'preact/hooks';
import { copy } from '@/utils/copy';
import { LANGUAGE_NAMES } from '@/utils/copy/lang/names';
import { availableLanguages } from '@/utils/copy/lang/switch';
import { type LanguageSetting, languageTag } from '@/utils/model/language';

/**
 * The "Language" select: "Same as this browser", then each language this build has words for,
 * by its own name. The page switches at once (`onPick` speaks it); nothing reloads.
 */
export function LanguageChoice({
  value,
  onPick,
}: {
  value: string;
  onPick: (language: LanguageSetting) => void;
}) {
  const id = useId();
  const words = copy.options.settings;
  return (
    <div class="card">
      <div class="field field-short">
        <label for={`${id}-language`}>{words.language}</label>
        <select
          id={`${id}-language`}
          value={value}
          aria-describedby={`${id}-language-hint`}
          onChange={(e) => onPick(e.currentTarget.value as LanguageSetting)}
        >
          <option value="auto">{words.languageAuto}</option>
          {availableLanguages().map((l) => (
            <option key={l} value={l} lang={languageTag(l)}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <p class="hint" id={`${id}-language-hint`}>
        {words.languageHint}
      </p>
    </div>
  );
}
