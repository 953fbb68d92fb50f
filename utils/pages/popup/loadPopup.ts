/** Reads what the popup shows: the last three weeks through the data layer, then `popupView`. */
import { dayKey } from '@/utils/model/day';
import { loadToday } from '@/utils/pages/newtab/loadToday';
import { type PopupData, popupView } from './popupView';

/** Reads the popup's data through the indexes. */
export async function loadPopup(now = new Date()): Promise<PopupData> {
  const input = await loadToday(now);
  // `loadToday` reads the last three weeks, which covers this calendar week.
  return popupView({ ...input, day: dayKey(now), firstDayOfWeek: input.settings.firstDayOfWeek });
}
