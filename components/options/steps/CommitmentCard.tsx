import { useId, useState } from 'preact/hooks';
import { CalmBar } from '@/components/shared/CalmBar';
import { ResizeOffer } from '@/components/shared/ResizeOffer';
import { copy } from '@/utils/copy';
import { cueLabel } from '@/utils/copy/cues';
import { stepsCopy } from '@/utils/copy/options/steps';
import { planOf } from '@/utils/copy/plan';
import type { CommitmentStatus, Value } from '@/utils/model/types';
import type { StepCard } from '@/utils/pages/options/stepsView';

interface Props {
  card: StepCard;
  value: Value;
  /** Opens the editor (a grow or shrink `mode` is no longer asked for: offers act in place). */
  onEdit: (mode?: 'grow' | 'shrink') => void;
  onStatus: (status: CommitmentStatus) => void;
  /** Reminders stopped after three went unanswered, and "Keep reminding me". */
  stopped?: boolean;
  onKeepReminding?: () => void;
}

/**
 * One commitment: its if-then plan, its cue, how regular it has been lately (words and a calm
 * bar, never a count that can reset), how it went beside how the person expected it to go (from 3
 * wins with both answers, issue 28), any offer to make it smaller or grow it, acted on here in
 * one click, and what can be done with it: edit, pause or resume, set aside or bring
 * back. Nothing here deletes anything.
 */
export function CommitmentCard({ card, value, onEdit, onStatus, stopped, onKeepReminding }: Props) {
  const id = useId();
  // Once the person acts on an offer it stays until they are done with it, though the step it
  // came from changes under it (its new size has no offer).
  const [held, setHeld] = useState<StepCard['offer']>(null);
  const offer = held ?? card.offer;
  const c = card.commitment;
  const cue = cueLabel(c.cue);
  const words = copy.options.steps;
  const plan = planOf(c, value.name);
  const archived = c.status === 'archived';
  return (
    <article class={`commitment card status-${c.status}`} aria-labelledby={`${id}-plan`}>
      <div class="commitment-head">
        <span class="cue-tag">{cue}</span>
        {c.status === 'paused' && <span class="status-tag">{words.paused}</span>}
      </div>
      <p class="plan" id={`${id}-plan`}>
        {plan}
      </p>
      <p class="soft small-text">
        {words.smallerLine(c.smallerStep)} · {words.minutes(card.minutes)}
      </p>
      {!archived && (
        <p class="regular">
          <span class="soft">{words.lately}: </span>
          <span class="regular-words">{words.regular[card.band]}</span>
          <CalmBar fraction={card.consistency} />
        </p>
      )}
      {card.expected && (
        <p class="expected-line">
          {stepsCopy.expected.line(
            card.expected.tone,
            c.step,
            c.smallerStep,
            card.expected.count,
            card.expected.pairs,
          )}
        </p>
      )}
      {stopped && c.status === 'active' && (
        <div class="offer-note">
          <p>{copy.notes.stopped.cardNote}</p>
          <div class="actions">
            <button type="button" onClick={() => onEdit()}>
              {copy.notes.stopped.move}
            </button>
            <button type="button" onClick={onKeepReminding}>
              {copy.notes.stopped.keep}
            </button>
          </div>
        </div>
      )}
      {offer && !archived && !stopped && (
        <ResizeOffer
          key={`${offer.kind}:${c.id}`}
          offer={offer}
          commitment={c}
          idPrefix={`${id}-offer`}
          onAct={() => setHeld(offer)}
        />
      )}
      <div class="actions row-actions">
        {archived ? (
          <button type="button" onClick={() => onStatus('active')}>
            {words.restore}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => onEdit()}>
              {words.edit}
            </button>
            <button
              type="button"
              onClick={() => onStatus(c.status === 'paused' ? 'active' : 'paused')}
            >
              {c.status === 'paused' ? words.resume : words.pause}
            </button>
            <button type="button" onClick={() => onStatus('archived')}>
              {words.archive}
            </button>
          </>
        )}
      </div>
    </article>
  );
}
