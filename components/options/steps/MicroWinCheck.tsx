import { useEffect, useState } from 'preact/hooks';
import { copy } from '@/utils/copy';
import { type StepCheckText as Check, checkStepText } from '@/utils/pages/options/stepCheck';

interface Props {
  /** The step as typed. */
  text: string;
  /** Puts the suggested wording into the step field. */
  onUse: (resized: string) => void;
  /** Whether the person has typed yet; an untouched empty field says nothing. */
  touched: boolean;
  id?: string;
}

/** How long typing has to pause before the check speaks, so it does not talk over every key. */
const PAUSE_MS = 350;

/**
 * The micro-win check beside a step, in kind words, as the person types. It never blocks: the
 * person can always keep their own words. A smaller or clearer wording comes with "Use this".
 */
export function MicroWinCheck({ text, onUse, touched, id }: Props) {
  const [check, setCheck] = useState<Check | null>(() =>
    text.trim() ? checkStepText(text) : null,
  );
  useEffect(() => {
    if (!touched && text.trim() === '') {
      setCheck(null);
      return;
    }
    const timer = setTimeout(() => setCheck(checkStepText(text)), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, touched]);

  const messages = check ? [...new Set(check.problems.map((p) => p.message))] : [];
  return (
    <div class="step-check" id={id} aria-live="polite">
      {check?.ok && text.trim() !== '' && (
        <p class="check-ok">
          <span aria-hidden="true" class="check-mark">
            ✓
          </span>{' '}
          {copy.microwin.looksGood}
        </p>
      )}
      {messages.length > 0 && (
        <div class="check-notes">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
          {check?.resized && (
            <p class="check-try">
              <span>{copy.microwin.tryThis(check.resized)}</span>{' '}
              <button
                type="button"
                class="small"
                onClick={() => check.resized && onUse(check.resized)}
              >
                {copy.options.check.useThis}
              </button>
            </p>
          )}
          {check?.problems.some((p) => p.kind !== 'empty') && (
            <p class="soft">{copy.options.check.ownWords}</p>
          )}
        </div>
      )}
    </div>
  );
}
