import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import { PauseReminders } from '@/components/shared/PauseReminders';
import { Problem } from '@/components/shared/Problem';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { weekdayName } from '@/utils/copy/lang/intl';
import { getSettings, saveSettings } from '@/utils/doors/settings';
import { isClockTime } from '@/utils/model/day';
import type { Settings, Theme, Weekday } from '@/utils/model/types';
import { WEEKDAYS } from '@/utils/model/weekdays';
import { applyLanguage } from '@/utils/pages/language';
import { applyTheme } from '@/utils/pages/theme';
import { CountryChoice } from './CountryChoice';
import { LanguageChoice } from './LanguageChoice';
import { QuietHoursNote } from './QuietHoursNote';
import { SyncSection } from './SyncSection';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/**
 * Settings (`#settings`): the language, the country crisis help is for, reminders, quiet hours, the most reminders in a day, the
 * first day of the week and the theme, then sync. Each change is saved at once; the theme also applies at once.
 */
export function SettingsPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const live = useLive(getSettings);
  return (
    <section class="view" aria-labelledby="settings-heading">
      <header class="view-head">
        <h2 id="settings-heading" ref={headingRef} tabIndex={-1}>
          {copy.options.settings.heading}
        </h2>
      </header>
      {live.status === 'error' && <StorageProblem />}
      {/* The form keeps its own state from the first read, so a reload (after each save)
          never overwrites what the person is typing. */}
      {live.status === 'ready' && <SettingsForm initial={live.data} />}
      {/* After the form, so it does not jump down when the settings arrive. */}
      {live.status !== 'loading' && <SyncSection />}
    </section>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const id = useId();
  const words = copy.options.settings;
  const [s, setS] = useState(initial);
  const [quietStart, setQuietStart] = useState(initial.quietHours?.start ?? '22:00');
  const [quietEnd, setQuietEnd] = useState(initial.quietHours?.end ?? '07:00');
  const [max, setMax] = useState(String(initial.maxRemindersPerDay));
  const [maxProblem, setMaxProblem] = useState('');
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');

  /** Saves a change; `then` runs once it is stored, before "Saved." is said. */
  const save = async (patch: Partial<Settings>, then?: () => Promise<unknown>) => {
    setS((prev) => ({ ...prev, ...patch }));
    setSaid('');
    setProblem('');
    try {
      await saveSettings(patch);
      await then?.();
      setSaid(copy.options.saved);
    } catch {
      setProblem(copy.errors.save);
    }
  };

  const saveQuiet = (on: boolean, start: string, end: string) => {
    if (!on) return save({ quietHours: null });
    if (isClockTime(start) && isClockTime(end)) {
      return save({ quietHours: { start, end } });
    }
  };

  const saveMax = () => {
    const n = Number(max.trim());
    if (!/^\d{1,2}$/.test(max.trim()) || n > 50) {
      setMaxProblem(words.maxNeeded);
      return;
    }
    setMaxProblem('');
    if (n !== s.maxRemindersPerDay) void save({ maxRemindersPerDay: n });
  };

  const quietOn = s.quietHours !== null;
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      {/* First, so a person who cannot read this language finds it at once. */}
      <LanguageChoice
        value={s.language}
        // Stored first, then spoken: every page then reads the same setting, whether it hears
        // this page's kept copy (a storage event) or reads the database after the notice.
        onPick={(language) => void save({ language }, () => applyLanguage(language))}
      />
      {/* The country crisis help is for (issue 27): near the top, found at once on a hard day. */}
      <CountryChoice value={s.country} onPick={(country) => void save({ country })} />
      <fieldset class="card">
        <legend>{words.remindersHeading}</legend>
        <div class="check-row">
          <input
            type="checkbox"
            id={`${id}-reminders`}
            checked={s.remindersOn}
            aria-describedby={`${id}-reminders-hint`}
            onChange={(e) => save({ remindersOn: e.currentTarget.checked })}
          />
          <label for={`${id}-reminders`}>{words.remindersOn}</label>
        </div>
        <p class="hint" id={`${id}-reminders-hint`}>
          {words.remindersHint}
        </p>
        <PauseReminders />
        <div class="check-row">
          <input
            type="checkbox"
            id={`${id}-quiet`}
            checked={quietOn}
            aria-describedby={`${id}-quiet-hint ${id}-quiet-note`}
            onChange={(e) => saveQuiet(e.currentTarget.checked, quietStart, quietEnd)}
          />
          <label for={`${id}-quiet`}>{words.quietOn}</label>
        </div>
        <p class="hint" id={`${id}-quiet-hint`}>
          {words.quietHint}
        </p>
        <div class="inline-fields">
          <div class="field field-short">
            <label for={`${id}-quiet-start`}>{words.quietFrom}</label>
            <input
              id={`${id}-quiet-start`}
              type="time"
              value={quietStart}
              disabled={!quietOn}
              onInput={(e) => {
                setQuietStart(e.currentTarget.value);
                saveQuiet(true, e.currentTarget.value, quietEnd);
              }}
            />
          </div>
          <div class="field field-short">
            <label for={`${id}-quiet-end`}>{words.quietUntil}</label>
            <input
              id={`${id}-quiet-end`}
              type="time"
              value={quietEnd}
              disabled={!quietOn}
              onInput={(e) => {
                setQuietEnd(e.currentTarget.value);
                saveQuiet(true, quietStart, e.currentTarget.value);
              }}
            />
          </div>
        </div>
        {quietOn && <QuietHoursNote quiet={s.quietHours} id={`${id}-quiet-note`} />}
        <div class="field field-short">
          <label for={`${id}-max`}>{words.maxPerDay}</label>
          <input
            id={`${id}-max`}
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            step={1}
            value={max}
            aria-describedby={`${id}-max-hint`}
            aria-invalid={maxProblem ? true : undefined}
            onInput={(e) => setMax(e.currentTarget.value)}
            onChange={saveMax}
          />
          <p class="hint" id={`${id}-max-hint`}>
            {maxProblem ? <span class="gentle">{maxProblem}</span> : words.maxHint}
          </p>
        </div>
      </fieldset>

      <fieldset class="card">
        <legend>{words.weekHeading}</legend>
        <div class="field field-short">
          <label for={`${id}-first-day`}>{words.firstDay}</label>
          <select
            id={`${id}-first-day`}
            value={String(s.firstDayOfWeek)}
            onChange={(e) => save({ firstDayOfWeek: Number(e.currentTarget.value) as Weekday })}
          >
            {WEEKDAYS.map((d) => (
              <option key={d} value={String(d)}>
                {weekdayName(d, 'long')}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset class="card themes">
        <legend>{words.themeHeading}</legend>
        {THEMES.map((t) => (
          <div key={t} class="check-row">
            <input
              type="radio"
              id={`${id}-theme-${t}`}
              name={`${id}-theme`}
              value={t}
              checked={s.theme === t}
              onChange={() => {
                applyTheme(t);
                void save({ theme: t });
              }}
            />
            <label for={`${id}-theme-${t}`}>{words.themes[t]}</label>
          </div>
        ))}
      </fieldset>

      <p role="status" class="said">
        {said}
      </p>
      <Problem text={problem} />
    </form>
  );
}
