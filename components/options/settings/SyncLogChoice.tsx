import { useId } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useSyncChoice } from '@/hooks/useSyncChoice';
import { copy } from '@/utils/copy';
import { LOG_DAYS } from '@/utils/core/sync/logDays';
import { setLogSync } from '@/utils/doors/sync';

/**
 * "Also my log from the last 30 days": the second Sync choice, off by default and enabled only
 * while the plan travels. Says what then travels and what stays, and, when 30 days do not fit
 * beside the plan, how many do.
 */
export function SyncLogChoice({
  planOn,
  log,
  logDays,
  onChanged,
}: {
  /** "My values, steps and settings" is ticked (and the worker agrees). */
  planOn: boolean;
  log: boolean;
  logDays: number | null;
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
  } = useSyncChoice(log, (on) => setLogSync(on), onChanged);

  const ticked = planOn && asked;
  const fewer = planOn && log && logDays !== null && logDays < LOG_DAYS;
  const describedBy = [`${id}-what`, !planOn && `${id}-needs`, fewer && `${id}-fewer`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="sync-log">
      <div class="check-row">
        <input
          type="checkbox"
          id={`${id}-choice`}
          checked={ticked}
          disabled={!planOn || busy}
          aria-describedby={describedBy}
          onChange={(e) => void choose(e.currentTarget.checked)}
        />
        <label for={`${id}-choice`}>{words.logChoice}</label>
      </div>
      <p class="hint" id={`${id}-what`}>
        {words.logWhat}
      </p>
      {!planOn && (
        <p class="hint" id={`${id}-needs`}>
          {words.logNeedsPlan}
        </p>
      )}
      {fewer && (
        <p class="notice" id={`${id}-fewer`}>
          {logDays === 0 ? words.logLeftOut : words.fewerDays(logDays)}
        </p>
      )}
      <Problem text={problem} />
    </div>
  );
}
