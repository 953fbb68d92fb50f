import { Component } from 'preact';
import { adjustCopy } from '@/utils/copy/adjust';
import { coreCopy } from '@/utils/copy/core';
import { answerEntry } from '@/utils/doors/log';
import type { Felt, WinEntry } from '@/utils/model/types';
import { Problem } from './Problem';
import { MOOD_SYMBOLS, Scale } from './Scale';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...adjustCopy };

interface Props {
  /** The win just logged. */
  entry: WinEntry;
  /** Unique within the page, for the radio group's name. */
  name: string;
}

interface State {
  felt: number;
  said: string;
  problem: string;
}

/**
 * "How did it feel?" after Done: five choices, words and symbols as in the check-in,
 * saving `felt` on that win at once. Never required, and it goes nowhere by itself: it stays
 * until the person moves on (another step, the next step, Undo), so it is never taken from under
 * someone still choosing. A class without hooks, so the new tab can load it.
 */
export class FeltChoice extends Component<Props, State> {
  override state: State = { felt: this.props.entry.felt ?? 0, said: '', problem: '' };

  private choose = async (n: number) => {
    this.setState({ felt: n, problem: '' });
    try {
      await answerEntry(this.props.entry, { felt: n as Felt });
      this.setState({ said: copy.felt.saved });
    } catch {
      this.setState({ problem: copy.errors.save });
    }
  };

  render({ name }: Props, { felt, said, problem }: State) {
    return (
      <div class="felt">
        <Scale
          name={name}
          legend={copy.felt.legend}
          words={copy.felt.scale}
          symbols={MOOD_SYMBOLS}
          value={felt}
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
