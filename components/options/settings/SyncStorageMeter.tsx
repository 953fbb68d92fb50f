import { useId } from 'preact/hooks';
import { copy } from '@/utils/copy';

/**
 * The share of the browser's sync storage Footholds uses, as a meter named for what it measures
 * and a line that says it in kilobytes ("Using 3 KB of 100 KB"). When the browser has not said,
 * only a line saying so.
 */
export function SyncStorageMeter({ bytes, quota }: { bytes: number | null; quota: number }) {
  const id = useId();
  const words = copy.options.sync;
  if (bytes === null) return <p class="hint">{words.useUnknown}</p>;
  const text = words.using(bytes, quota);
  return (
    <div class="field sync-use">
      <label for={`${id}-meter`}>{words.meterLabel}</label>
      {/* No low/high/optimum: browsers paint a meter past `high` red, and a full store is not
          the person's doing. */}
      <meter
        id={`${id}-meter`}
        min={0}
        max={quota}
        value={Math.min(Math.max(bytes, 0), quota)}
        aria-valuetext={text}
        aria-describedby={`${id}-text`}
      />
      <p class="hint" id={`${id}-text`}>
        {text}
      </p>
    </div>
  );
}
