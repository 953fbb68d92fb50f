/** The plan's door (see `index.ts`): values, added, changed, set aside or brought back, deleted. */
import { addValue, deleteValue, updateValue, valueReferences } from '../../db/plan';
import type { ChangeOrigin } from '../../model/changes';
import type { Value } from '../../model/types';
import { announce, THIS_PAGE } from '../notices';

export { valueReferences };

/** Adds a value (in use unless said otherwise) and returns it as stored. */
export async function createValue(
  input: Parameters<typeof addValue>[0],
  origin: ChangeOrigin = THIS_PAGE,
): Promise<Value> {
  const value = await addValue(input);
  await announce(origin, 'values');
  return value;
}

/** Saves a changed value (same id); also Undo after a deletion. */
export async function saveValue(value: Value, origin: ChangeOrigin = THIS_PAGE): Promise<void> {
  await updateValue(value);
  await announce(origin, 'values');
}

/** Sets a value aside (`archived`) or brings it back, never losing what refers to it. */
export function setValueStatus(
  value: Value,
  status: Value['status'],
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  return saveValue({ ...value, status }, origin);
}

/**
 * Deletes a value only when nothing refers to it (no step, no entry), and says how many do
 * otherwise (then nothing is deleted).
 */
export async function deleteUnusedValue(
  value: Value,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<{ deleted: boolean; steps: number; entries: number }> {
  const refs = await valueReferences(value.id);
  if (refs.steps > 0 || refs.entries > 0) return { deleted: false, ...refs };
  await deleteValue(value.id);
  await announce(origin, 'values');
  return { deleted: true, ...refs };
}
