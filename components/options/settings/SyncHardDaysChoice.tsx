import { useId } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useSyncChoice } from '@/hooks/useSyncChoice';
import { copy } from '@/utils/copy';
import { setHardDaysSync } from '@/utils/doors/sync';

/**
 * "Also my plan for hard days": its own Sync choice, off by default and shown only while sync is
 * on here, because the plan is the most private thing Footholds holds. Says what then travels,
 * what happens when it is unticked, and when the plan does not fit beside the rest.
 */
export function SyncHardDaysChoice({
  hardDays,
  leftOut,
  onChanged,
}: {
  /** Ticked here (as the worker's record says). */
  hardDays: boolean;
  /** The last round left the plan out: it did not fit in the browser's sync storage. */
  leftOut: boolean;
  /** Reads the status again after a change made here. */
  onChanged: () => void;
}) {
  const id = useId();
  const words = copy.options.sync;
  const {
    ticked: asked,
    busy,
    problem,
    choose,
  } = useSyncChoice(hardDays, (on) => setHardDaysSync(on), onChanged);

  const ticked = asked;
  const describedBy = [`${id}-what`, ticked && leftOut && `${id}-left-out`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="sync-hard-days">
      <div class="check-row">
        <input
          type="checkbox"
          id={`${id}-choice`}
          checked={ticked}
          disabled={busy}
          aria-describedby={describedBy}
          onChange={(e) => void choose(e.currentTarget.checked)}
        />
        <label for={`${id}-choice`}>{words.hardDaysChoice}</label>
      </div>
      <p class="hint" id={`${id}-what`}>
        {words.hardDaysWhat}
      </p>
      {ticked && leftOut && (
        <p class="notice" id={`${id}-left-out`}>
          {words.hardDaysLeftOut}
        </p>
      )}
      <Problem text={problem} />
    </div>
  );
}
