import type { SyncReach } from '@/utils/model/sync';
import { useLive } from './useLive';

/** How far data travels, read through the sync door; loaded on demand, after the first frame. */
function loadSyncReach(): Promise<SyncReach> {
  return import('@/utils/doors/sync')
    .then((door) => door.readSyncStatus())
    .then((s) => (!s.on ? 'off' : s.log ? 'log' : 'plan'));
}

/**
 * How far this computer's data travels through the browser's sync, so a page can say the truth
 * about what leaves it; 'off' until known, and re-read after every change notice. The door is
 * imported on demand, so the page's start-up JavaScript does not carry it.
 */
export function useSyncReach(): SyncReach {
  const live = useLive(loadSyncReach);
  return live.status === 'ready' ? live.data : 'off';
}

/** Whether this computer's plan and settings travel through the browser's sync. */
export function useSyncOn(): boolean {
  return useSyncReach() !== 'off';
}
