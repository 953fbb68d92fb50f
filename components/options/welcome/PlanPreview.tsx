import { planSentence } from '@/utils/copy/plan';
import { cueFromForm } from '@/utils/core/drafts/cueForm';

/** The plan as one sentence, as it will read, once the cue is complete. */
export function PlanPreview(props: {
  cue: Parameters<typeof cueFromForm>[0];
  step: string;
  value: string;
  label: string;
}) {
  const read = cueFromForm(props.cue);
  if (!read.ok || !props.step) return null;
  return (
    <div class="plan-preview">
      <p class="soft small-text">{props.label}</p>
      <p class="plan">{planSentence({ cue: read.cue, step: props.step, value: props.value })}</p>
    </div>
  );
}
