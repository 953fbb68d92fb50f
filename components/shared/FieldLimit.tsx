import { limitCopy } from '@/utils/copy/limits';
import { limitState } from '@/utils/model/limits';

interface Props {
  /** For the field's `aria-describedby`, so the limit is read with the field. */
  id: string;
  /** The field's text now. */
  value: string;
  /** Its limit in characters (`LIMITS` in utils/model/limits.ts). */
  max: number;
  /** Say nothing while the limit is far (the popup's compact fields), only the count near it. */
  quiet?: boolean;
}

/**
 * A limited field's limit, shown before anything is cut: "Up to 200 characters.", a
 * count of what is left near the limit, and a calm note at it (the field's `maxLength` then holds
 * it there). Placed inside or beside the field's hint, and named in its `aria-describedby`.
 */
export function FieldLimit({ id, value, max, quiet }: Props) {
  const state = limitState(value.length, max);
  return (
    <span class="limit" id={id} data-state={state}>
      {quiet && state === 'far' ? '' : limitCopy.limit.hint(value.length, max)}
    </span>
  );
}
