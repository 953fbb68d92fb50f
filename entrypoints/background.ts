import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  handleAlarm,
  handleBrowserStart,
  handleIdleState,
  IDLE_DETECTION_SECONDS,
} from '@/utils/worker/cues';
import {
  handleDataChange,
  handleInstalled,
  onStoredChange,
  onWorkerStart,
} from '@/utils/worker/lifecycle';
import { handleNotificationButton, handleNotificationClick } from '@/utils/worker/notifications';
import { onSyncStorageChanged, syncNow } from '@/utils/worker/sync';

/**
 * Wiring only. `main` is not async and registers every listener synchronously, first: Chrome
 * delivers the event that woke a stopped worker only to listeners added in its first turn.
 */
export default defineBackground(() => {
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm.name));
  // Not in the polyfill's types; present on Chromium (Firefox has no buttons).
  const notifications = browser.notifications as typeof browser.notifications & {
    onButtonClicked?: { addListener(cb: (id: string, index: number) => void): void };
  };
  notifications.onButtonClicked?.addListener(
    (id, index) => void handleNotificationButton(id, index),
  );
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(id));
  browser.runtime.onStartup.addListener(() => void handleBrowserStart());
  browser.runtime.onInstalled.addListener((details) => void handleInstalled(details.reason));
  browser.idle.onStateChanged.addListener((state) => void handleIdleState(state));
  onStoredChange((notice) => void handleDataChange(notice));
  onSyncStorageChanged(() => void syncNow());

  browser.idle.setDetectionInterval(IDLE_DETECTION_SECONDS);
  void onWorkerStart();
});
