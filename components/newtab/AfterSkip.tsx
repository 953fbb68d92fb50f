import { Component, createRef } from 'preact';
import { Problem } from '@/components/shared/Problem';
import { adjustCopy } from '@/utils/copy/adjust';
import { coreCopy } from '@/utils/copy/core';
import { composed } from '@/utils/copy/lang/words';
import { skipReplyCopy } from '@/utils/copy/skipReplies';
import { todayCopy } from '@/utils/copy/today';
import { answerEntry } from '@/utils/doors/log';
import { SKIP_REASONS, type SkipEntry, type SkipReason } from '@/utils/model/types';
import { MakeSmaller } from './MakeSmaller';
import type { StepAnswerProps } from './stepAnswer';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
const copy = composed(() => ({ ...coreCopy, ...todayCopy, ...adjustCopy, ...skipReplyCopy }));

interface State {
  entry: SkipEntry;
  problem: string;
}

/**
 * What the step card shows after "Not today": a kind reply, then, only if the person wants,
 * why in one tap ("Too big", "No time", "Just not today"), saved as the skip's reason
 * (an edit by their own hand, so stamped `updatedAt`). The smaller step, rest, and Undo stay on
 * offer. After "Too big", "Make it smaller" is on the card itself, for every step of the person's
 * own. Focus moves to the reply, so a keyboard user hears it and goes on from there.
 * Loaded after the first frame, with the skip's save (the new tab's 12 KB budget).
 */
export class AfterSkip extends Component<StepAnswerProps<SkipEntry>, State> {
  override state: State = { entry: this.props.entry, problem: '' };
  private reply = createRef<HTMLParagraphElement>();

  override componentDidMount() {
    this.reply.current?.focus();
  }

  private because = async (reason: SkipReason) => {
    this.setState({ problem: '' });
    try {
      this.setState({ entry: await answerEntry(this.state.entry, { reason }) });
      this.props.onReason(reason);
    } catch {
      this.setState({ problem: copy.errors.save });
    }
  };

  render(
    {
      winsWeek,
      smallerStep,
      shown,
      answeredSmaller,
      onSmaller,
      onRest,
      onUndo,
      onResized,
    }: StepAnswerProps<SkipEntry>,
    s: State,
  ) {
    const chosen = s.entry.reason;
    return (
      <div class="moment">
        <p role="status" tabIndex={-1} ref={this.reply}>
          {copy.skipReply(chosen, winsWeek, smallerStep !== '')}
        </p>
        <fieldset class="reasons">
          <legend class="soft">{copy.skipWhy.question}</legend>
          <div class="actions">
            {SKIP_REASONS.map((reason) => (
              <button
                key={reason}
                type="button"
                aria-pressed={chosen === reason}
                onClick={() => this.because(reason)}
              >
                {copy.skipWhy.reasons[reason]}
              </button>
            ))}
          </div>
        </fieldset>
        {chosen === 'too-big' && shown.commitment && (
          <MakeSmaller
            commitment={shown.commitment}
            shown={shown}
            answeredSmaller={answeredSmaller}
            onResized={onResized}
          />
        )}
        <div class="actions">
          {smallerStep && (
            <button type="button" onClick={onSmaller}>
              {copy.trySmaller}
            </button>
          )}
          <button type="button" onClick={onRest}>
            {copy.actions.rest}
          </button>
          <button type="button" onClick={onUndo}>
            {copy.actions.undo}
          </button>
        </div>
        <Problem text={s.problem} />
      </div>
    );
  }
}
