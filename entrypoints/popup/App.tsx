import { useEffect, useRef, useState } from 'preact/hooks';
import { CheckIn } from '@/components/popup/CheckIn';
import { LogWin } from '@/components/popup/LogWin';
import { Problem } from '@/components/shared/Problem';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLazy } from '@/hooks/useLazy';
import { useLive } from '@/hooks/useLive';
import { adjustCopy } from '@/utils/copy/adjust';
import { coreCopy } from '@/utils/copy/core';
import { composed } from '@/utils/copy/lang/words';
import { popupCopy } from '@/utils/copy/popup';
import { replyCopy } from '@/utils/copy/replies';
import type { HardDaysOffer as HardDaysOfferKind } from '@/utils/core/hardDaysOffer';
import { isHeavyCheckIn } from '@/utils/core/heavyDay';
import type { Entry, WinEntry } from '@/utils/model/types';
import { loadPopup } from '@/utils/pages/popup/loadPopup';
import type { PopupStep } from '@/utils/pages/popup/popupView';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
const copy = composed(() => ({ ...coreCopy, ...popupCopy, ...adjustCopy, ...replyCopy }));

/** Where a reply shows: above the check-in (after a step or a win) or below it . */
type ReplyAt = 'above' | 'below';

/** Mood or energy at or below this (on 1–5) gets the heavy-day reply (as suggestStep reads it). */
/** The log's door, loaded on the first click: the popup's first frame does not need it. */
const logged = () => import('@/utils/doors/log');

/**
 * The toolbar popup: today's steps in one click, any win in a few words, a mood and energy
 * check-in, and the day's evidence with Undo. The form is usable in the first frame; data
 * arrives after. The daily actions come first : compact steps, then "What did you
 * do?", then the check-in; the evidence, the pause and the links follow.
 */
export function App() {
  const live = useLive(() => loadPopup(new Date()));
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  // The last win logged here, asked "How did it feel?" until the person logs another .
  const [lastWin, setLastWin] = useState<WinEntry | null>(null);
  const [heavy, setHeavy] = useState(false);
  // The plan for hard days, offered after a check-in when the one rule in core says so.
  const [planOffer, setPlanOffer] = useState<HardDaysOfferKind>(null);
  // Steps answered here keep their rows until the popup closes (`foldSteps`).
  const [answeredHere, setAnsweredHere] = useState<string[]>([]);
  // Where the last reply shows (where the person is looking): above the check-in, under
  // the steps and "Log a win", or below it, under "Save check-in" and over today's log. One status
  // line, placed by CSS order, so it stays one live region.
  const [replyAt, setReplyAt] = useState<ReplyAt>('above');
  const replies = useRef<HTMLDivElement>(null);
  const offer = useRef<HTMLDivElement>(null);
  // Shown only after a win or a heavy check-in: loaded then, not at the popup's start.
  const felt = useLazy(() => import('@/components/shared/FeltChoice'), Boolean(lastWin));
  // Before any Done here, "How do you think it will go?" for the first step not done and not yet
  // answered today, where "How did it feel?" comes after: one question at a time, below the
  // daily actions (issue 28).
  const open =
    answeredHere.length === 0 && !lastWin
      ? (live.data?.steps ?? [])
          .filter((s) => !s.logged)
          .map((s) => ({ commitmentId: s.commitment.id, step: s.commitment.step }))
      : [];
  const expected = useLazy(() => import('@/components/shared/ExpectedChoice'), open.length > 0);
  const heavyDay = useLazy(() => import('@/components/popup/HeavyDayOffer'), heavy);
  const hardDays = useLazy(() => import('@/components/popup/HardDaysOffer'), planOffer !== null);
  // Today's steps come with the data, never in the first frame: their code loads beside the data,
  // not at the popup's start (its 20 KB budget).
  const stepList = useLazy(() => import('@/components/popup/TodayStepList'), true);
  // Today's log sits below the daily actions: loaded with the data, not at the popup's start.
  const log = useLazy(() => import('@/components/popup/TodayLog'), Boolean(live.data));
  const data = live.data;
  // Below the daily actions, so loaded once there is a plan, not at the popup's start .
  const pause = useLazy(
    () => import('@/components/shared/PauseReminders'),
    Boolean(data && data.commitments.length > 0),
  );
  // A reply under "Save check-in" comes into view with what it offers (`nearest`: no jump when
  // already seen). Above the check-in nothing scrolls: the rows stay under the pointer.
  useEffect(() => {
    if (said && replyAt === 'below') {
      replies.current?.scrollIntoView({ block: 'nearest' });
      offer.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [said, replyAt, heavyDay, heavy, felt, hardDays]);

  const act = async (work: () => Promise<string>, at: ReplyAt = 'above'): Promise<boolean> => {
    setProblem('');
    setReplyAt(at);
    try {
      setSaid(await work());
      return true;
    } catch {
      setProblem(copy.errors.save);
      return false;
    }
  };
  const weekAfterWin = () => (data?.winsWeek ?? 0) + 1;

  const doneStep = (s: PopupStep, size: 'full' | 'smaller', at: ReplyAt = 'above') =>
    act(async () => {
      setAnsweredHere((ids) => [...ids, s.commitment.id]);
      // Once a day per step, whichever surface answers first; loaded on the click.
      const { logStepWin } = await import('@/utils/doors/log');
      const { entry: win, already } = await logStepWin({
        commitment: s.commitment,
        size,
        source: 'popup',
      });
      if (already) return copy.alreadyDone;
      setLastWin(win);
      setHeavy(false);
      return size === 'smaller'
        ? copy.smallerWinReply(weekAfterWin())
        : copy.winReply(weekAfterWin());
    }, at);
  const logWin = (text: string, valueId: string | undefined) =>
    act(async () => {
      const win = await (await logged()).logEntry({
        kind: 'win',
        source: 'popup',
        text,
        ...(valueId ? { valueId } : {}),
        size: 'full',
      });
      setLastWin(win);
      return copy.winReply(weekAfterWin());
    });
  const checkIn = (mood: number, energy: number, note: string) =>
    act(async () => {
      const entry = await (await logged()).logEntry({
        kind: 'checkin',
        source: 'popup',
        mood,
        energy,
        ...(note ? { note } : {}),
      });
      const low = isHeavyCheckIn({ mood, energy });
      setHeavy(low);
      setPlanOffer(null);
      // Whether to offer the plan for hard days: its rule reads the last days' check-ins. Only a
      // heavy check-in can open it, so a light one loads nothing more.
      if (low && entry.kind === 'checkin') {
        void import('@/utils/doors/hardDaysOffer')
          .then((m) => m.hardDaysOfferFor(entry))
          .then(setPlanOffer, () => {});
      }
      // Our own kind words for a heavy day, and the smaller step on offer: never an alarm.
      return low ? copy.heavyDay.reply : copy.checkin.saved;
    }, 'below');
  const undo = (entry: Entry, at: ReplyAt = 'above') =>
    act(async () => {
      await (await logged()).removeEntry(entry);
      if (entry.id === lastWin?.id) setLastWin(null);
      return copy.popup.undone;
    }, at);

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
      {data && data.values.length > 0 && stepList && (
        <stepList.TodayStepList
          steps={data.steps}
          answeredHere={answeredHere}
          onDone={doneStep}
          onUndo={undo}
        />
      )}
      <LogWin values={data?.inUse ?? []} onLog={logWin} />
      <div class={replyAt === 'below' ? 'replies below' : 'replies'} ref={replies}>
        <p class="said" role="status">
          {said}
        </p>
        <Problem text={problem} />
        {lastWin && felt && <felt.FeltChoice key={lastWin.id} entry={lastWin} name="felt" />}
        {open.length > 0 && expected && (
          <expected.ExpectedChoice key={open.map((s) => s.commitmentId).join()} steps={open} />
        )}
      </div>
      <CheckIn onSave={checkIn} />
      {/* After the check-in in the page too, so Tab goes from "Save check-in" to the offer. */}
      <div class="after-checkin" ref={offer}>
        {heavy && heavyDay && (
          <heavyDay.HeavyDayOffer
            step={data?.steps.find((s) => !s.logged && s.commitment.smallerStep)}
            onDone={(s, size) => doneStep(s, size, 'below')}
          />
        )}
        {planOffer && hardDays && <hardDays.HardDaysOffer offer={planOffer} />}
      </div>
      <div class="popup-more">
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{copy.popup.evidenceHeading}</h2>
          {data && data.winsWeek > 0 && (
            <p class="evidence">{copy.evidence.line(data.winsToday, data.winsWeek)}</p>
          )}
          {data && log && (
            <log.TodayLog
              entries={data.today}
              values={data.values}
              commitments={data.commitments}
              onUndo={(e) => undo(e, 'below')}
            />
          )}
        </section>
        {pause && <pause.PauseReminders />}
        {/* Links open in a new tab; the popup closes by itself when it loses focus. */}
        <nav class="links" aria-label={copy.popup.more}>
          <a href="/newtab.html" target="_blank" rel="noopener">
            {copy.popup.todayStepLink}
          </a>
          <a href="/options.html#review" target="_blank" rel="noopener">
            {copy.popup.reviewLink}
          </a>
          {/* Static, so both are in every language's prerendered first frame (issue 26). */}
          <a href="/options.html#hard-days" target="_blank" rel="noopener">
            {copy.links.hardDays}
          </a>
          <a href="/options.html#help" target="_blank" rel="noopener">
            {copy.links.help}
          </a>
        </nav>
      </div>
    </main>
  );
}
