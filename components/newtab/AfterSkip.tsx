import { Component } from 'preact';
import { adjustCopy } from '../../utils/copy/adjust';
import { coreCopy } from '../../utils/copy/core';
import { todayCopy } from '../../utils/copy/today';
import { amendEntry } from '../../utils/db/amend';
import { SKIP_REASONS, type SkipEntry, type SkipReason } from '../../utils/model/types';
import { Problem } from '../shared/Problem';
import type { StepAnswerProps } from './SuggestedStep';

/** Only the words this surface says (the new tab and popup load no others; issue #6). */
const copy = { ...coreCopy, ...todayCopy, ...adjustCopy };

interface State {
  entry: SkipEntry;
  problem: string;
}

/**
 * What the step card shows after "Not today": a kind reply, then, only if the person wants,
 * why in one tap ("Too big", "No time", "Just not today"; issue 13), saved as the skip's reason
 * (an edit by their own hand, so stamped `updatedAt`). The smaller step, rest, and Undo stay on
 * offer. Loaded after the first frame, with the skip's save (issue #6 budget).
 */
export class AfterSkip extends Component<StepAnswerProps, State> {
  override state: State = { entry: this.props.entry as SkipEntry, problem: '' };

  private because = async (reason: SkipReason) => {
    this.setState({ problem: '' });
    try {
      this.setState({ entry: await amendEntry(this.state.entry, { reason }) });
    } catch {
      this.setState({ problem: copy.errors.save });
    }
  };

  render({ winsWeek, smallerStep, onSmaller, onRest, onUndo }: StepAnswerProps, s: State) {
    const chosen = s.entry.reason;
    return (
      <div class="moment">
        <p role="status">{copy.skipReply(chosen, winsWeek)}</p>
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
        <div class="actions">
          {smallerStep && (
            <button type="button" onClick={onSmaller}>
              {copy.today.trySmaller}
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
