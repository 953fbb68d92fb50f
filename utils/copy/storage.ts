/**
 * What a page says when it cannot open its storage. A module of its own, loaded only with the
 * component that says it: the new tab loads it on that rare day, never at start-up.
 */
import { words } from '@/utils/copy/lang/words';
export const storageCopy = /* @__PURE__ */ words('storage', {
  storageProblem:
    "Footholds couldn't open its storage, so it can't show or save your steps right now. Try closing this page and opening it again. If that doesn't help, restart the browser, and check that it isn't in a private window and has some free disk space.",
} as const);
