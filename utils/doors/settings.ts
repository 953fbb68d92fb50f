/** The settings' front door: reading them (with defaults) and changing some, announced. */
import { setSettings } from '@/utils/db/plan';
import type { ChangeOrigin } from '@/utils/model/changes';
import type { Settings } from '@/utils/model/types';
import { announce, THIS_PAGE } from './notices';

export { getSettings } from '@/utils/db/plan';

/** Changes some settings, keeping the rest, and returns them all as stored (with defaults). */
export async function saveSettings(
  patch: Partial<Settings>,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<Settings> {
  const settings = await setSettings(patch);
  await announce(origin, 'settings');
  return settings;
}
