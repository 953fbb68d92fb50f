/**
 * Words of the new tab's value statement, built with its view (utils/pages/newtab/todayView.ts)
 * after the first frame, which paints them from the snapshot: the start-up bundle never needs them.
 */
import { words } from '@/utils/copy/lang/words';
export const todayViewCopy = /* @__PURE__ */ words('todayView', {
  todayView: {
    eyebrow: "Today's value",
    welcomeEyebrow: 'Welcome',
    welcomeHeading: 'Welcome to Footholds',
    welcomeBody: 'Small, kind, repeated steps toward what matters to you.',
  },
} as const);
