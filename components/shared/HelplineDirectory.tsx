import { copy } from '@/utils/copy';

/**
 * The international directory of helplines (findahelpline.com): its sentence with the site's name
 * as the link (or the link after it, if a language does not name it). Last in every crisis help,
 * whatever the country.
 */
export function HelplineDirectory() {
  const { helpline, linkText, url } = copy.crisis;
  const link = (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {linkText}
    </a>
  );
  const at = helpline.indexOf(linkText);
  if (at < 0) {
    return (
      <p>
        {helpline} {link}
      </p>
    );
  }
  return (
    <p>
      {helpline.slice(0, at)}
      {link}
      {helpline.slice(at + linkText.length)}
    </p>
  );
}
