import { Component, createRef } from 'preact';
import { FieldLimit } from '@/components/shared/FieldLimit';
import { Problem } from '@/components/shared/Problem';
import { adjustCopy } from '@/utils/copy/adjust';
import { coreCopy } from '@/utils/copy/core';
import { type Suggestion, sizedSuggestion } from '@/utils/core/suggest/suggestion';
import { addSmallerStep, makeStepSmaller } from '@/utils/doors/plan';
import { LIMITS } from '@/utils/model/limits';
import type { Commitment } from '@/utils/model/types';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...adjustCopy };

interface Props {
  /** The step the person called too big. */
  commitment: Commitment;
  /** The step as it was offered, for its value. */
  shown: Suggestion;
  /** Its smaller step was the one called too big: a new, smaller one is needed. */
  answeredSmaller?: boolean;
  /** The step, resized, to offer at once. */
  onResized: (now: Suggestion) => void;
}

interface State {
  naming: boolean;
  text: string;
  problem: string;
}

/**
 * "Make it smaller" on the step card after "Too big", so a step that is too big always
 * has a way to get smaller, where the person is. A step with a smaller version becomes it (as the
 * offer beside the card does); a step without one opens a field, and what is saved becomes its
 * smaller step. Either way the step, resized, is offered at once. Loaded with AfterSkip.
 */
export class MakeSmaller extends Component<Props, State> {
  override state: State = { naming: false, text: '', problem: '' };
  private field = createRef<HTMLInputElement>();
  private start = createRef<HTMLButtonElement>();

  override componentDidUpdate(_p: Props, before: State) {
    // Focus follows: into the field when it opens, back to the button on Cancel.
    if (this.state.naming && !before.naming) this.field.current?.focus();
    if (!this.state.naming && before.naming) this.start.current?.focus();
  }

  private offer(c: Commitment, size: 'full' | 'smaller') {
    const { shown } = this.props;
    this.props.onResized(
      sizedSuggestion(
        { kind: 'commitment', reason: 'due', value: shown.value, commitment: c },
        c,
        size,
      ),
    );
  }

  private save = async (work: () => Promise<void>) => {
    this.setState({ problem: '' });
    try {
      await work();
    } catch {
      this.setState({ problem: copy.errors.save });
    }
  };

  private shrink = () => {
    const c = this.props.commitment;
    // With no smaller step, or when the smaller step itself was too big, a new one is named.
    if (!c.smallerStep.trim() || this.props.answeredSmaller) {
      this.setState({ naming: true });
      return;
    }
    void this.save(async () => this.offer(await makeStepSmaller(c), 'full'));
  };

  private name = (event: Event) => {
    event.preventDefault();
    const text = this.state.text.trim();
    if (!text) {
      this.setState({ problem: copy.resize.emptySmaller });
      return;
    }
    const { commitment, answeredSmaller } = this.props;
    void this.save(async () => {
      // The smaller step becomes the step, and the new words its smaller step.
      const base =
        answeredSmaller && commitment.smallerStep.trim()
          ? await makeStepSmaller(commitment)
          : commitment;
      this.offer(await addSmallerStep(base, text), 'smaller');
    });
  };

  render(_props: Props, { naming, text, problem }: State) {
    const id = `smaller-${this.props.commitment.id}`;
    return (
      <div class="make-smaller">
        {naming ? (
          <form onSubmit={this.name}>
            <label for={id}>{copy.resize.firstSmallerLabel}</label>
            <input
              id={id}
              ref={this.field}
              dir="auto"
              value={text}
              maxLength={LIMITS.sentence}
              aria-describedby={`${id}-limit`}
              onInput={(e) => this.setState({ text: e.currentTarget.value })}
            />
            <FieldLimit id={`${id}-limit`} value={text} max={LIMITS.sentence} />
            <div class="actions">
              <button type="submit" class="primary">
                {copy.resize.saveSmaller}
              </button>
              <button type="button" onClick={() => this.setState({ naming: false, problem: '' })}>
                {copy.resize.cancel}
              </button>
            </div>
          </form>
        ) : (
          <div class="actions">
            <button type="button" class="primary" onClick={this.shrink} ref={this.start}>
              {copy.resize.shrink}
            </button>
          </div>
        )}
        <Problem text={problem} />
      </div>
    );
  }
}
