import { CrisisLines } from '@/components/shared/CrisisLines';
import { copy } from '@/utils/copy';

/** The id of Help's crisis section, which "Need help now?" and others can link to. */
export const CRISIS_SECTION_ID = 'crisis';

/**
 * Crisis help for the person's country, then the international directory (CrisisLines). Also
 * the plan for hard days' "Professional and crisis help" shows it under this name.
 */
export function Helpline() {
  return <CrisisLines />;
}

/** Calm crisis support: what to do now, the lines of the person's country, and the directory. */
export function CrisisNote() {
  return (
    <section id={CRISIS_SECTION_ID} class="card crisis" aria-labelledby="crisis-heading">
      <h3 id="crisis-heading">{copy.crisis.title}</h3>
      <p>{copy.crisis.body}</p>
      <Helpline />
      <p class="soft">{copy.crisis.notAlone}</p>
    </section>
  );
}
