/**
 * When a person's "how to reach them" is a phone number, so it can be a `tel:` link (issue 26).
 * Conservative on purpose: a line that is anything more than a number (a name, an email, "after
 * 6 pm") stays plain text, because a wrong link on a hard day is worse than none.
 */

/** What a phone number may be written with: digits, spaces, dashes, parentheses, a leading +. */
const PHONE = /^\+?[0-9 ()-]+$/;

/** Fewer digits than an emergency number (112, 911, 999) is not a number to call. */
const MIN_DIGITS = 3;
/** The longest number the international plan (E.164) allows. */
const MAX_DIGITS = 15;

/**
 * The `tel:` address for text that is only a phone number ("+34 600 123 456", "(555) 010-0199",
 * "112"), keeping its digits and a leading +; null for anything else.
 */
export function telHref(text: string): string | null {
  const written = String(text ?? '').trim();
  if (!PHONE.test(written)) return null;
  const digits = written.replace(/[^0-9]/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  return `tel:${written.startsWith('+') ? '+' : ''}${digits}`;
}

/**
 * The `sms:` address for a number to text ("988"), its digits only (and a leading +); null for
 * anything that is not only a phone number. Texting numbers are often short, so no minimum.
 */
export function smsHref(text: string): string | null {
  const written = String(text ?? '').trim();
  if (!PHONE.test(written)) return null;
  const digits = written.replace(/[^0-9]/g, '');
  if (digits.length === 0 || digits.length > MAX_DIGITS) return null;
  return `sms:${written.startsWith('+') ? '+' : ''}${digits}`;
}
