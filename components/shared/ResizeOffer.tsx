import { Component } from 'preact';
import { adjustCopy } from '@/utils/copy/adjust';
import { coreCopy } from '@/utils/copy/core';
import type { ResizeOffer as Offer } from '@/utils/core/insights/offers';
import { growStepTo, makeStepSmaller, nameSmallerStep, rememberNotNow } from '@/utils/doors/plan';
import { LIMITS } from '@/utils/model/limits';
import type { Commitment } from '@/utils/model/types';
import { FieldLimit } from './FieldLimit';
import { Problem } from './Problem';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...adjustCopy };

interface Props {
  offer: Offer;
  commitment: Commitment;
  /** Unique within the page, for the fields' ids. */
  idPrefix: string;
  /** Was the step set aside as too big lately? Changes only the words of the note. */
  tooBig?: boolean;
  /** Called on the person's first click, so the caller keeps this offer on screen while it
   * finishes (the data it came from changes under it). */
  onAct?: () => void;
}

/** Where the offer is: asking, editing the grown step, naming a new smaller step, or said. */
type Phase = 'ask' | 'edit' | 'name-smaller' | 'said';

interface State {
  phase: Phase;
  commitment: Commitment;
  text: string;
  said: string;
  problem: string;
}

/**
 * One offer to resize a step, acted on where the person is, in one click. "Make it
 * smaller" makes the smaller step the step, then offers to name a new smaller step (which may
 * stay empty). "Grow it a little" shows its proposal: one click, or "Change it first". "Not now"
 * rests the offer two weeks on this device. A class without hooks, so the new tab can load it.
 */
export class ResizeOffer extends Component<Props, State> {
  override state: State = {
    phase: 'ask',
    commitment: this.props.commitment,
    text: this.props.offer.proposal?.step ?? '',
    said: '',
    problem: '',
  };

  private act = async (work: () => Promise<Partial<State>>) => {
    this.props.onAct?.();
    this.setState({ problem: '' });
    try {
      this.setState(await work());
    } catch {
      this.setState({ problem: copy.errors.save });
    }
  };

  private shrink = () =>
    this.act(async () => {
      const commitment = await makeStepSmaller(this.state.commitment);
      return {
        commitment,
        phase: 'name-smaller',
        text: '',
        said: copy.resize.nowYourStep(commitment.step),
      };
    });

  private grow = (edited?: string) =>
    this.act(async () => {
      const { proposal } = this.props.offer;
      if (!proposal) return {};
      if (edited !== undefined && !edited.trim()) return { problem: copy.resize.emptyStep };
      const commitment = await growStepTo(this.state.commitment, proposal, edited);
      return { commitment, phase: 'said', said: copy.resize.nowYourStep(commitment.step) };
    });

  private nameSmaller = (smaller: string) =>
    this.act(async () => {
      const commitment = await nameSmallerStep(this.state.commitment, smaller);
      return {
        commitment,
        phase: 'said',
        said: smaller.trim() ? copy.resize.smallerSaved : copy.resize.leftEmpty,
      };
    });

  private notNow = () =>
    this.act(async () => {
      await rememberNotNow(this.state.commitment.id);
      return { phase: 'said', said: copy.resize.rested };
    });

  render({ offer, idPrefix, tooBig }: Props, { phase, commitment, text, said, problem }: State) {
    const words = copy.resize;
    const field = `${idPrefix}-field`;
    const submit = (event: Event, save: () => void) => {
      event.preventDefault();
      save();
    };
    return (
      <div class="offer-note">
        {/* One live region, there from the start, so each change of phase is announced. */}
        <p role="status">{said}</p>
        {phase === 'ask' && (
          <>
            <p>
              {offer.kind === 'shrink'
                ? (tooBig ? words.shrinkNoteTooBig : words.shrinkNote)(commitment.step)
                : words.growNote(commitment.step, offer.proposal?.step ?? '')}
            </p>
            <div class="actions">
              {offer.kind === 'shrink' ? (
                <button type="button" class="primary" onClick={this.shrink}>
                  {words.shrink}
                </button>
              ) : (
                <>
                  <button type="button" class="primary" onClick={() => this.grow()}>
                    {words.grow}
                  </button>
                  <button type="button" onClick={() => this.setState({ phase: 'edit' })}>
                    {words.editFirst}
                  </button>
                </>
              )}
              <button type="button" onClick={this.notNow}>
                {words.notNow}
              </button>
            </div>
          </>
        )}
        {phase === 'edit' && (
          <form onSubmit={(e) => submit(e, () => this.grow(text))}>
            <label for={field}>{words.grownLabel}</label>
            <input
              id={field}
              value={text}
              maxLength={LIMITS.sentence}
              dir="auto"
              aria-describedby={`${field}-limit`}
              onInput={(e) => this.setState({ text: e.currentTarget.value })}
            />
            <p class="hint">
              <FieldLimit id={`${field}-limit`} value={text} max={LIMITS.sentence} />
            </p>
            <div class="actions">
              <button type="submit" class="primary">
                {words.save}
              </button>
              <button type="button" onClick={this.notNow}>
                {words.notNow}
              </button>
            </div>
          </form>
        )}
        {phase === 'name-smaller' && (
          <form onSubmit={(e) => submit(e, () => this.nameSmaller(text))}>
            <label for={field}>{words.newSmallerLabel}</label>
            <input
              id={field}
              value={text}
              maxLength={LIMITS.sentence}
              dir="auto"
              aria-describedby={`${field}-limit`}
              onInput={(e) => this.setState({ text: e.currentTarget.value })}
            />
            <p class="hint">
              <FieldLimit id={`${field}-limit`} value={text} max={LIMITS.sentence} />
            </p>
            <div class="actions">
              <button type="submit" class="primary">
                {words.saveSmaller}
              </button>
              <button type="button" onClick={() => this.nameSmaller('')}>
                {words.leaveEmpty}
              </button>
            </div>
          </form>
        )}
        <Problem text={problem} />
      </div>
    );
  }
}
