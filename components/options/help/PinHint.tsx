import { useEffect, useState } from 'preact/hooks';
import { helpCopy } from '@/utils/copy/options/help';
import { isOnToolbar, watchToolbar } from '@/utils/pages/options/toolbar';

interface Props {
  /** `card`: a card of its own with a heading (Help); `line`: one short paragraph (the welcome). */
  as: 'card' | 'line';
}

/**
 * How to pin Footholds' toolbar button, shown only while it is not on the toolbar:
 * Chrome hides a new extension behind the puzzle piece, and the popup is where a win is one click.
 * Firefox has its own words (its build puts the button on the toolbar at install). Nothing shows
 * until the browser has answered, so a pinned button never flashes the hint.
 */
export function PinHint({ as }: Props) {
  const [onToolbar, setOnToolbar] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void isOnToolbar().then((on) => live && setOnToolbar(on));
    const stop = watchToolbar((on) => setOnToolbar(on));
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (onToolbar !== false) return null;
  const words = helpCopy.help.pin;
  const how = import.meta.env.FIREFOX ? words.firefox : words.chrome;
  if (as === 'line') return <p class="pin-hint">{how}</p>;
  return (
    <section class="card pin-hint" aria-labelledby="pin-heading">
      <h3 id="pin-heading">{words.heading}</h3>
      <p>{how}</p>
    </section>
  );
}
