import type { Ref } from 'preact';
import { useSyncReach } from '@/hooks/useSyncOn';
import { copy } from '@/utils/copy';
import { helpCopy } from '@/utils/copy/options/help';
import { CrisisNote } from './CrisisNote';
import { PinHint } from './PinHint';

/**
 * Help (`#help`): what Footholds is and how it works, what makes a good small step, privacy
 * (true whether sync is on or off), sync across computers, the keyboard shortcut, what it is
 * not, and crisis support first, where a person in a hard moment sees it at once. Next, while
 * the toolbar button is not pinned, how to pin it.
 */
export function HelpPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const words = helpCopy.help;
  const reach = useSyncReach();
  return (
    <section class="view help" aria-labelledby="help-heading">
      <header class="view-head">
        <h2 id="help-heading" ref={headingRef} tabIndex={-1}>
          {copy.help.title}
        </h2>
      </header>
      <CrisisNote />
      <PinHint as="card" />
      <section class="card" aria-labelledby="about-heading">
        <h3 id="about-heading">{words.aboutHeading}</h3>
        <p>{copy.help.about}</p>
      </section>
      <section class="card" aria-labelledby="how-heading">
        <h3 id="how-heading">{words.howHeading}</h3>
        <ol>
          {copy.help.howItWorks.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </section>
      <section class="card" aria-labelledby="good-step-heading">
        <h3 id="good-step-heading">{words.goodStepHeading}</h3>
        <ul>
          {words.goodStep.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="shortcut-heading">
        <h3 id="shortcut-heading">{copy.notes.shortcut.heading}</h3>
        <p>{copy.notes.shortcut.body}</p>
        <p class="soft">{copy.notes.shortcut.change}</p>
      </section>
      <section class="card" aria-labelledby="privacy-heading">
        <h3 id="privacy-heading">{words.privacyHeading}</h3>
        <p>{copy.options.sync.privacyFor(reach, copy.help.privacy)}</p>
      </section>
      <section class="card" aria-labelledby="sync-help-heading">
        <h3 id="sync-help-heading">{words.syncHeading}</h3>
        {words.sync.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <section class="card" aria-labelledby="clinician-heading">
        <h3 id="clinician-heading">{words.notClinicianHeading}</h3>
        <p>{copy.help.notAClinician}</p>
      </section>
    </section>
  );
}
