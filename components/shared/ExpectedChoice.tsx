import { Component } from 'preact';
import { adjustCopy } from '@/utils/copy/adjust';
import { coreCopy } from '@/utils/copy/core';
import { expectationAsked, expectStep } from '@/utils/doors/expected';
import type { Felt } from '@/utils/model/types';
import { Problem } from './Problem';
import { MOOD_SYMBOLS, Scale } from './Scale';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...adjustCopy };

interface Props {
  /** The step it asks about. */
  commitmentId: string;
  /** Its words, said in the question where the step's own card is not around it (the popup). */
  step?: string;
}

interface State {
  /** `wait` until the record is read; `ask` when not yet answered today; `none` when it was. */
  phase: 'wait' | 'ask' | 'none';
  expected: number;
  said: string;
  problem: string;
}

/**
 * "How do you think it will go?" before Done (issue 28): five choices on the scale of "How did it
 * feel?", kept at once for the step's win, which takes it whichever surface the Done comes from.
 * Optional and never in the way: it blocks nothing, is asked once a day per step (a page opened
 * after the answer does not ask again), and stays with the choice made until the person moves
 * on. A class without hooks, so the new tab can load it after its first frame.
 */
export class ExpectedChoice extends Component<Props, State> {
  override state: State = { phase: 'wait', expected: 0, said: '', problem: '' };

  override componentDidMount() {
    expectationAsked(this.props.commitmentId).then(
      (asked) => this.setState({ phase: asked ? 'none' : 'ask' }),
      // Storage that cannot be read leaves the question away: it is optional.
      () => this.setState({ phase: 'none' }),
    );
  }

  private choose = async (n: number) => {
    this.setState({ expected: n, problem: '' });
    try {
      await expectStep(this.props.commitmentId, n as Felt);
      this.setState({ said: copy.expected.saved });
    } catch {
      this.setState({ problem: copy.errors.save });
    }
  };

  render({ commitmentId, step }: Props, { phase, expected, said, problem }: State) {
    if (phase !== 'ask') return null;
    return (
      <div class="felt expected">
        <Scale
          name={`expected-${commitmentId}`}
          legend={step ? copy.expected.legendFor(step) : copy.expected.legend}
          words={copy.felt.scale}
          symbols={MOOD_SYMBOLS}
          value={expected}
          onChange={this.choose}
        />
        <p class="soft" aria-live="polite">
          {said}
        </p>
        <Problem text={problem} />
      </div>
    );
  }
}
