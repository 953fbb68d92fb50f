import { coreCopy } from '@/utils/copy/core';
import { composed } from '@/utils/copy/lang/words';
import { todayCopy } from '@/utils/copy/today';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
const copy = composed(() => ({ ...coreCopy, ...todayCopy }));

/** A quiet footer: help and crisis support are always one click away. */
export function HelpLinks() {
  return (
    <footer class="help-links">
      <a href="/options.html#help">{copy.links.help}</a>
    </footer>
  );
}
