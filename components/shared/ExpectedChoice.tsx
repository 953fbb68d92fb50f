import { Component } from 'preact';
import { adjustCopy } from '@/utils/copy/adjust';
import { coreCopy } from '@/utils/copy/core';
import { expectStep, nextToAsk } from '@/utils/doors/expected';
import type { Felt } from '@/utils/model/types';
import { Problem } from './Problem';
import { MOOD_SYMBOLS, Scale } from './Scale';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...adjustCopy };

/** A step it may ask about; its words are said in the question away from its card (the popup). */
interface Asked {
  commitmentId: string;
  step?: string;
}

interface Props {
  /** The step on the card it sits in (the new tab). */
  commitmentId?: string;
  /** Or the steps offered, in order (the popup): it asks about the first not yet answered today. */
  steps?: readonly Asked[];
}

interface State {
  /** The step asked about, once the record is read; none when every one was answered today. */
  asking?: Asked;
  expected: number;
  said: string;
  problem: string;
}

/**
 * "How do you think it will go?" before Done (issue 28): five choices on the scale of "How did it
 * feel?", kept at once for the step's win, which takes it whichever surface the Done comes from.
 * Optional and never in the way: it blocks nothing, is asked once a day per step (a page opened
 * after the answer asks about the next step, or nothing), and stays with the choice made until
 * the person moves on. A class without hooks, so the new tab can load it after its first frame.
 */
export class ExpectedChoice extends Component<Props, State> {
  override state: State = { expected: 0, said: '', problem: '' };

  override componentDidMount() {
    const { commitmentId, steps } = this.props;
    // Storage that cannot be read leaves the question away: it is optional.
    nextToAsk(steps ?? (commitmentId ? [{ commitmentId }] : [])).then(
      (asking) => this.setState({ asking }),
      () => {},
    );
  }

  private choose = async (n: number) => {
    const id = this.state.asking?.commitmentId;
    if (!id) return;
    this.setState({ expected: n, problem: '' });
    try {
      await expectStep(id, n as Felt);
      this.setState({ said: copy.expected.saved });
    } catch {
      this.setState({ problem: copy.errors.save });
    }
  };

  render(_props: Props, { asking, expected, said, problem }: State) {
    if (!asking) return null;
    return (
      <div class="felt expected">
        <Scale
          name={`expected-${asking.commitmentId}`}
          legend={asking.step ? copy.expected.legendFor(asking.step) : copy.expected.legend}
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
