/**
 * What reminders are doing, on the new tab, loaded after the first frame and only when
 * the worker left a note or a reminder opened this page: a cue that stopped after three ignored
 * reminders (first among the offers), reminders the daily cap held back (once that day), and
 * "Remind me in 30 minutes" on the step page a reminder opens. Classes, so no preact/hooks.
 */
import { Component } from 'preact';
import { reminderNoteCopy } from '@/utils/copy/reminderNotes';
import { keepRemindingStep, reminderNews, remindLater } from '@/utils/doors/reminders';
import type { Commitment } from '@/utils/model/types';

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
    this.setState(await reminderNews());
  }

  private keep = async (c: Commitment) => {
    await keepRemindingStep(c.id);
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

/** "Remind me in 30 minutes" for the step a reminder opened; the worker keeps the alarm. */
export class RemindLater extends Component<{ commitmentId: string }, { at: number | null }> {
  override state = { at: null as number | null };

  private later = async () => {
    this.setState({ at: await remindLater(this.props.commitmentId) });
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
