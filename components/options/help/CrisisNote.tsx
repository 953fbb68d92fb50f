import { copy } from '@/utils/copy';

/**
 * The helpline sentence with its site name as a link (or the link after it, if not named). Also
 * in the plan for hard days' professional and crisis help, until lines by country come.
 */
export function Helpline() {
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

/** Calm crisis support: what to do now, and where to find a free helpline. */
export function CrisisNote() {
  return (
    <section class="card crisis" aria-labelledby="crisis-heading">
      <h3 id="crisis-heading">{copy.crisis.title}</h3>
      <p>{copy.crisis.body}</p>
      <Helpline />
      <p class="soft">{copy.crisis.notAlone}</p>
    </section>
  );
}
