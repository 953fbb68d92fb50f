import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { readSyncStatus, turnSyncOff, turnSyncOn } from '@/utils/doors/sync';
import { RemindHereChoice } from './RemindHereChoice';
import { RemoveSyncedCopy } from './RemoveSyncedCopy';
import { SyncHardDaysChoice } from './SyncHardDaysChoice';
import { SyncLogChoice } from './SyncLogChoice';
import { SyncStorageMeter } from './SyncStorageMeter';

/**
 * Whether removing the synced copy is on offer: from turning sync off until it is removed or
 * sync is turned on again. Kept in the module, not the component, so a visit to Help and back
 * (to read about it) does not withdraw the offer.
 */
let removalOffered = false;

/**
 * Settings → Sync: a checkbox, off by default, that sends this computer's values, steps and
 * settings through the browser's own sync, a second that adds the log's last 30 days, and (only
 * while sync is on) a third, "Also my plan for hard days", with
 * what goes, what stays, and the browsers' switches said beside them; while on, who reminds. While on: the share of sync storage in use, the last problem in plain
 * words, and what came together when two plans met. Turning it off offers to remove the copy
 * from the browser's sync storage. Read again on every change notice, so another page's change
 * shows here too.
 */
export function SyncSection() {
  const id = useId();
  const words = copy.options.sync;
  const live = useLive(readSyncStatus);
  const status = live.status === 'ready' ? live.data : undefined;
  // What the person just chose, shown until the status read after it agrees.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [offer, setOffer] = useState(removalOffered);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  // An answer about reminders, said over what came together (it is the newer news).
  const [remindSaid, setRemindSaid] = useState('');
  const saidLine = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (wanted !== null && !busy && status?.on === wanted) setWanted(null);
  }, [status, busy, wanted]);

  const offerRemoval = (on: boolean) => {
    removalOffered = on;
    setOffer(on);
  };

  const choose = async (next: boolean) => {
    setWanted(next);
    setBusy(true);
    setSaid('');
    setRemindSaid('');
    setProblem('');
    offerRemoval(false);
    try {
      if (next) {
        const summary = await turnSyncOn();
        setSaid(summary ? words.merged(summary) : words.turnedOn);
      } else {
        await turnSyncOff();
        offerRemoval(true);
        setSaid(words.turnedOff);
      }
    } catch {
      setWanted(null);
      setProblem(words.notChanged);
    } finally {
      setBusy(false);
      live.reload();
    }
  };

  const onRemoved = () => {
    offerRemoval(false);
    setSaid(words.removed);
    saidLine.current?.focus();
  };

  const on = wanted ?? status?.on ?? false;
  // The meter, a problem and the merge are the door's word on sync being on: shown only once
  // the status read after a change agrees with the box.
  const shownOn = !busy && wanted === null && status?.on === true;
  const problemLine =
    live.status === 'error'
      ? words.problems.other
      : shownOn && status?.problem
        ? words.problems[status.problem.kind]
        : '';
  // What came together is told once the worker has merged (after turning on), over "Sync is on".
  const mergedLine = shownOn && status?.merged ? words.merged(status.merged) : '';
  const removable = offer && !on && !busy;
  const describedBy = [`${id}-what`, `${id}-stays`, problemLine && `${id}-problem`]
    .filter(Boolean)
    .join(' ');

  return (
    <section class="card sync" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{words.heading}</h3>
      <div class="check-row">
        <input
          type="checkbox"
          id={`${id}-choice`}
          checked={on}
          disabled={busy || live.status === 'loading'}
          aria-describedby={describedBy}
          onChange={(e) => void choose(e.currentTarget.checked)}
        />
        <label for={`${id}-choice`}>{words.choice}</label>
      </div>
      <p class="hint" id={`${id}-what`}>
        {words.what}
      </p>
      <SyncLogChoice
        planOn={shownOn}
        log={status?.log ?? false}
        logDays={status?.logDays ?? null}
        onChanged={live.reload}
      />
      {shownOn && status && (
        <SyncHardDaysChoice
          hardDays={status.hardDays}
          leftOut={status.hardDaysLeftOut}
          onChanged={live.reload}
        />
      )}
      <p class="hint" id={`${id}-stays`}>
        {shownOn && status?.log ? words.staysWithLog : words.stays}
      </p>
      <p class="hint">{words.how}</p>
      <p class="hint">{words.browsers}</p>
      {shownOn && status && (
        <SyncStorageMeter bytes={status.bytesInUse} quota={status.quotaBytes} />
      )}
      {shownOn && status && (
        <RemindHereChoice
          remindHere={status.remindHere}
          ask={status.askRemind}
          onSaid={setRemindSaid}
          onChanged={live.reload}
        />
      )}
      {problemLine && (
        <p class="notice" id={`${id}-problem`}>
          {problemLine}
        </p>
      )}
      {removable && <RemoveSyncedCopy onRemoved={onRemoved} />}
      <p role="status" class="said" tabIndex={-1} ref={saidLine}>
        {remindSaid || mergedLine || said}
      </p>
      <Problem text={problem} />
    </section>
  );
}
