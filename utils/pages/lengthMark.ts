/**
 * How long a person's text is, for the pages to set long text smaller: the value of
 * its element's `data-length`. The new tab's paint script and Preact both set it, so the first
 * frame and the page agree; the Options page uses it for value names. Pure, and tiny (it ships in
 * `newtab-paint.js`).
 */

/** "long" past 40 characters, "longer" past 90, else none. */
export function lengthMark(text: string): 'long' | 'longer' | undefined {
  return text.length > 90 ? 'longer' : text.length > 40 ? 'long' : undefined;
}
