/**
 * What reminders are doing, on the new tab, loaded after the first frame and only when
 * the worker left a note or a reminder opened this page: a cue that stopped after three ignored
 * reminders (first among the offers), reminders the daily cap held back (once that day), and
 * "Remind me in 30 minutes" on the step page a reminder opens. Classes, so no preact/hooks.
 */
import { Component } from 'preact';
import { reminderNoteCopy } from '../../utils/copy/reminderNotes';
import { answered, isStopped, keepReminding, SNOOZE_MS } from '../../utils/core/reminderLog';
import { listCommitments } from '../../utils/db/plan';
import {
  changeReminderLog,
  changeRemindersFromPage,
  readReminderLog,
} from '../../utils/db/reminderLog';
import { STORAGE_KEYS } from '../../utils/model/keys';
import type { Commitment } from '../../utils/model/types';

const words = reminderNoteCopy;

interface OffersState {
  stopped: Commitment[];
  heldBack: number;
}

/**
 * Right after the step: "Remind me in 30 minutes" when a reminder opened the page (`lead`), then
 * a stopped cue's notice with its two answers (the first of the new tab's offers), then the
 * cap's note. One slot, so the new tab's start-up code stays within its budget.
 */
export class ReminderNotes extends Component<{ lead?: string }, OffersState> {
  override state: OffersState = { stopped: [], heldBack: 0 };

  override componentDidMount() {
    void this.load();
  }

  private async load() {
    const now = new Date();
    const [log, commitments] = await Promise.all([readReminderLog(now), listCommitments()]);
    const stopped = commitments.filter(
      (c) => c.status === 'active' && isStopped(log.attention[c.id], c.cue),
    );
    const heldBack = log.capSeen ? 0 : log.heldBack;
    this.setState({ stopped, heldBack });
    // Said once that day; and with nothing left to say, later new tabs load none of this.
    await changeReminderLog(now, (l) => {
      if (heldBack > 0) l.capSeen = true;
      if (stopped.length === 0) l.newtab = false;
    });
  }

  private keep = async (c: Commitment) => {
    await changeRemindersFromPage((log) => {
      log.attention[c.id] = keepReminding(log.attention[c.id]);
    });
    this.setState((s) => ({ stopped: s.stopped.filter((x) => x.id !== c.id) }));
  };

  render({ lead }: { lead?: string }, { stopped, heldBack }: OffersState) {
    return (
      <>
        {lead && <RemindLater commitmentId={lead} />}
        {stopped.map((c) => (
          <section key={c.id} class="card stopped-note" aria-labelledby={`stopped-${c.id}`}>
            <h2 id={`stopped-${c.id}`}>{words.stopped.heading}</h2>
            <p>{words.stopped.body(c.step)}</p>
            <div class="actions">
              <a
                class="button primary"
                href={`/options.html#steps?edit=${encodeURIComponent(c.id)}`}
              >
                {words.stopped.move}
              </a>
              <button type="button" onClick={() => this.keep(c)}>
                {words.stopped.keep}
              </button>
            </div>
          </section>
        ))}
        {heldBack > 0 && <p class="notice">{words.heldBack(heldBack)}</p>}
      </>
    );
  }
}

/** How long "Remind me in 30 minutes" waits: 30 minutes, or a test's override in an unpacked build. */
async function snoozeDelay(): Promise<number> {
  try {
    const { browser } = await import('wxt/browser');
    // A store build has an update_url; only an unpacked build (tests) may shorten the wait.
    if ('update_url' in browser.runtime.getManifest()) return SNOOZE_MS;
    const stored = await browser.storage.local.get(STORAGE_KEYS.testSnoozeMs);
    const ms = Number(stored[STORAGE_KEYS.testSnoozeMs]);
    return Number.isFinite(ms) && ms > 0 ? ms : SNOOZE_MS;
  } catch {
    return SNOOZE_MS;
  }
}

/** "Remind me in 30 minutes" for the step a reminder opened; the worker keeps the alarm. */
export class RemindLater extends Component<{ commitmentId: string }, { at: number | null }> {
  override state = { at: null as number | null };

  private later = async () => {
    const at = Date.now() + (await snoozeDelay());
    const id = this.props.commitmentId;
    await changeRemindersFromPage((log) => {
      log.snoozes[id] = at;
      log.attention[id] = answered(log.attention[id]);
    });
    this.setState({ at });
  };

  render(_p: { commitmentId: string }, { at }: { at: number | null }) {
    return at === null ? (
      <button type="button" class="link" onClick={this.later}>
        {words.later.button}
      </button>
    ) : (
      <p role="status">{words.later.set(at)}</p>
    );
  }
}
