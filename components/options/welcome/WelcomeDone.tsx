import type { Ref } from 'preact';
import { browser } from 'wxt/browser';
import { PinHint } from '@/components/options/help/PinHint';
import { copy } from '@/utils/copy';

interface Props {
  /** The id the welcome's section is labelled by. */
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** The saved plan as one sentence. */
  plan: string;
  onAnother: () => void;
}

/**
 * The welcome's last screen, once the plan is saved: the plan as one sentence, the way to the new
 * tab and, while the toolbar button is hidden, how to pin it.
 */
export function WelcomeDone(props: Props) {
  const words = copy.options.welcome;
  return (
    <div class="card screen done">
      <h2 id={props.headingId} ref={props.headingRef} tabIndex={-1}>
        {words.doneHeading}
      </h2>
      <p class="soft">{words.doneIntro}</p>
      <p class="plan plan-big">{props.plan}</p>
      <p>{words.doneNext}</p>
      <PinHint as="line" />
      <div class="actions">
        <a class="button primary" href={browser.runtime.getURL('/newtab.html')}>
          {words.openNewTab}
        </a>
        <a class="button" href="#steps">
          {words.seeSteps}
        </a>
        <button type="button" onClick={props.onAnother}>
          {words.addAnother}
        </button>
      </div>
    </div>
  );
}
