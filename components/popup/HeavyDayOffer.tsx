import { adjustCopy } from '@/utils/copy/adjust';
import type { PopupStep } from '@/utils/pages/popup/popupView';

interface Props {
  /** Today's first open step with a smaller step, if there is one. */
  step: PopupStep | undefined;
  onDone: (step: PopupStep, size: 'smaller') => void;
}

/**
 * After a check-in with mood or energy at 2 or less: the smaller step on offer, in
 * plain words, once. The kind reply itself is said in the popup's status line. Never an alarm.
 */
export function HeavyDayOffer({ step, onDone }: Props) {
  if (!step) return null;
  return (
    <section class="card heavy-day" aria-label={adjustCopy.heavyDay.doSmaller}>
      <p>{adjustCopy.heavyDay.offer(step.commitment.smallerStep)}</p>
      <button type="button" class="primary" onClick={() => onDone(step, 'smaller')}>
        {adjustCopy.heavyDay.doSmaller}
      </button>
    </section>
  );
}
