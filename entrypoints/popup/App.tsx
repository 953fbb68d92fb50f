import { useState } from 'preact/hooks';
import { CheckIn } from '../../components/popup/CheckIn';
import { LogWin } from '../../components/popup/LogWin';
import { TodayLog } from '../../components/popup/TodayLog';
import { TodayStepList } from '../../components/popup/TodayStepList';
import { PauseReminders } from '../../components/shared/PauseReminders';
import { Problem } from '../../components/shared/Problem';
import { StorageProblem } from '../../components/shared/StorageProblem';
import { useLazy } from '../../components/shared/useLazy';
import { useLive } from '../../components/shared/useLive';
import { adjustCopy } from '../../utils/copy/adjust';
import { coreCopy } from '../../utils/copy/core';
import { popupCopy } from '../../utils/copy/popup';
import { replyCopy } from '../../utils/copy/replies';
import { stepWords } from '../../utils/core/entryWords';
import { addEntry, deleteEntry } from '../../utils/db/connection';
import type { Entry, WinEntry } from '../../utils/model/types';
import { loadPopup } from '../../utils/pages/popup/loadPopup';
import type { PopupStep } from '../../utils/pages/popup/popupView';

/** Only the words this surface says (the new tab and popup load no others; issue #6). */
const copy = { ...coreCopy, ...popupCopy, ...adjustCopy, ...replyCopy };

/** Mood or energy at or below this (on 1–5) gets the heavy-day reply (as suggestStep reads it). */
const HEAVY_AT = 2;

/**
 * The toolbar popup: today's steps in one click, any win in a few words, a mood and energy
 * check-in, and the day's evidence with Undo. The form is usable in the first frame; data
 * arrives after.
 */
export function App() {
  const live = useLive(() => loadPopup(new Date()));
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  // The last win logged here, asked "How did it feel?" until the person logs another (issue 13).
  const [lastWin, setLastWin] = useState<WinEntry | null>(null);
  const [heavy, setHeavy] = useState(false);
  // Shown only after a win or a heavy check-in: loaded then, not at the popup's start.
  const felt = useLazy(() => import('../../components/shared/FeltChoice'), Boolean(lastWin));
  const heavyDay = useLazy(() => import('../../components/popup/HeavyDayOffer'), heavy);
  const data = live.data;

  const act = async (work: () => Promise<string>): Promise<boolean> => {
    setProblem('');
    try {
      setSaid(await work());
      return true;
    } catch {
      setProblem(copy.errors.save);
      return false;
    }
  };
  const weekAfterWin = () => (data?.winsWeek ?? 0) + 1;

  const doneStep = (s: PopupStep, size: 'full' | 'smaller') =>
    act(async () => {
      // Once a day per step, whichever surface answers first (issue 20); loaded on the click.
      const { addStepWin } = await import('../../utils/db/stepWin');
      const { entry: win, already } = await addStepWin({
        kind: 'win',
        source: 'popup',
        commitmentId: s.commitment.id,
        valueId: s.commitment.valueId,
        stepText: stepWords(s.commitment, size),
        size,
      });
      if (already) return copy.alreadyDone;
      setLastWin(win);
      setHeavy(false);
      return size === 'smaller'
        ? copy.smallerWinReply(weekAfterWin())
        : copy.winReply(weekAfterWin());
    });
  const logWin = (text: string, valueId: string | undefined) =>
    act(async () => {
      const win = await addEntry({
        kind: 'win',
        source: 'popup',
        text,
        ...(valueId ? { valueId } : {}),
        size: 'full',
      });
      setLastWin(win as WinEntry);
      return copy.winReply(weekAfterWin());
    });
  const checkIn = (mood: number, energy: number, note: string) =>
    act(async () => {
      await addEntry({ kind: 'checkin', source: 'popup', mood, energy, ...(note ? { note } : {}) });
      const low = mood <= HEAVY_AT || energy <= HEAVY_AT;
      setHeavy(low);
      // Our own kind words for a heavy day, and the smaller step on offer: never an alarm.
      return low ? copy.heavyDay.reply : copy.checkin.saved;
    });
  const undo = (entry: Entry) =>
    act(async () => {
      await deleteEntry(entry);
      if (entry.id === lastWin?.id) setLastWin(null);
      return copy.popup.undone;
    });

  return (
    <main class="popup">
      <h1 class="visually-hidden">{copy.app.name}</h1>
      {live.status === 'error' && <StorageProblem />}
      {data && data.values.length === 0 && (
        <section class="card welcome" aria-labelledby="welcome-heading">
          <h2 id="welcome-heading">{copy.popup.welcomeHeading}</h2>
          <p>{copy.empty.noValues}</p>
          <a class="button primary" href="/options.html#welcome" target="_blank" rel="noopener">
            {copy.popup.setUpValues}
          </a>
        </section>
      )}
      {data && data.values.length > 0 && (
        <TodayStepList steps={data.steps} onDone={doneStep} onUndo={undo} />
      )}
      {lastWin && felt && <felt.FeltChoice key={lastWin.id} entry={lastWin} name="felt" />}
      <LogWin values={data?.inUse ?? []} onLog={logWin} />
      <p class="said" role="status">
        {said}
      </p>
      <Problem text={problem} />
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{copy.popup.evidenceHeading}</h2>
        {data && data.winsWeek > 0 && (
          <p class="evidence">{copy.evidence.line(data.winsToday, data.winsWeek)}</p>
        )}
        {data && (
          <TodayLog
            entries={data.today}
            values={data.values}
            commitments={data.commitments}
            onUndo={undo}
          />
        )}
      </section>
      <CheckIn onSave={checkIn} />
      {heavy && heavyDay && (
        <heavyDay.HeavyDayOffer
          step={data?.steps.find((s) => !s.logged && s.commitment.smallerStep)}
          onDone={doneStep}
        />
      )}
      {data && data.commitments.length > 0 && <PauseReminders />}
      {/* Links open in a new tab; the popup closes by itself when it loses focus. */}
      <nav class="links" aria-label={copy.popup.more}>
        <a href="/newtab.html" target="_blank" rel="noopener">
          {copy.popup.todayStepLink}
        </a>
        <a href="/options.html#review" target="_blank" rel="noopener">
          {copy.popup.reviewLink}
        </a>
        <a href="/options.html#help" target="_blank" rel="noopener">
          {copy.links.help}
        </a>
      </nav>
    </main>
  );
}
