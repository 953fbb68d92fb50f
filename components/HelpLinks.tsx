import { copy } from '../utils/copy';

/** A quiet footer: help and crisis support are always one click away. */
export function HelpLinks() {
  return (
    <footer class="help-links">
      <a href="/options.html#help">{copy.links.help}</a>
    </footer>
  );
}
