import { coreCopy } from '@/utils/copy/core';
import { todayCopy } from '@/utils/copy/today';
import { LINK_IDS } from '@/utils/pages/newtab/paintScript';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
// Parts whose every top-level entry is a group: the spread shares the groups, which a switch
// of language fills in place (tests/unit/utils/copy/lang/parts.test.ts).
const copy = { ...coreCopy, ...todayCopy };

/**
 * A quiet footer: the person's plan for hard days, and help and crisis support, are always one
 * click away. No data decides it (not even whether a plan is written yet: the plan's page invites
 * one), so it is in the page's first frame (the build's HTML, its words from the snapshot),
whatever else is shown.
 */
export function HelpLinks() {
  return (
    <footer class="help-links">
      <a id={LINK_IDS.hardDays} href="/options.html#hard-days">
        {copy.links.hardDays}
      </a>
      <a id={LINK_IDS.help} href="/options.html#help">
        {copy.links.help}
      </a>
    </footer>
  );
}
