import { Component, createRef } from 'preact';
import { FeltChoice } from '@/components/shared/FeltChoice';
import { coreCopy } from '@/utils/copy/core';
import { composed } from '@/utils/copy/lang/words';
import { replyCopy } from '@/utils/copy/replies';
import { todayCopy } from '@/utils/copy/today';
import type { WinEntry } from '@/utils/model/types';
import type { StepAnswerProps } from './stepAnswer';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
const copy = composed(() => ({ ...coreCopy, ...todayCopy, ...replyCopy }));

/**
 * What the step card shows after Done: the reply with this week's evidence, "How did it feel?"
 * (optional), the next step and Undo. Loaded after the first frame, with the win's
 * save, so the new tab's start-up stays within its budget.
 */
export class AfterDone extends Component<StepAnswerProps<WinEntry>> {
  /** Focus goes to the reply, so a keyboard user is not left on the page's body . */
  private reply = createRef<HTMLParagraphElement>();

  override componentDidMount() {
    this.reply.current?.focus();
  }

  render({ entry: win, already, winsWeek, onNext, onUndo }: StepAnswerProps<WinEntry>) {
    const reply = already
      ? copy.alreadyDone
      : win.size === 'smaller'
        ? copy.smallerWinReply(winsWeek + 1)
        : copy.winReply(winsWeek + 1);
    return (
      <div class="moment">
        <p role="status" class="ack" tabIndex={-1} ref={this.reply}>
          {reply}
        </p>
        {!already && <FeltChoice entry={win} name={`felt-${win.id}`} />}
        <div class="actions">
          <button type="button" class="primary" onClick={onNext}>
            {copy.nextStep}
          </button>
          {!already && (
            <button type="button" onClick={onUndo}>
              {copy.actions.undo}
            </button>
          )}
        </div>
      </div>
    );
  }
}
