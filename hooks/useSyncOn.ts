import { useLive } from './useLive';

/** Whether sync is on, read through the sync door; loaded on demand, after the first frame. */
function loadSyncOn(): Promise<boolean> {
  return import('@/utils/doors/sync').then((door) => door.readSyncStatus()).then((s) => s.on);
}

/**
 * Whether this computer's plan and settings travel through the browser's sync, so a page can say
 * the truth about what leaves it; false until known, and re-read after every change notice. The
 * door is imported on demand, so the page's start-up JavaScript does not carry it.
 */
export function useSyncOn(): boolean {
  const live = useLive(loadSyncOn);
  return live.status === 'ready' && live.data === true;
}
