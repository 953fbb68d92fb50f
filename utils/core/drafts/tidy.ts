/** How typed text is tidied before it is stored: single spaces, no space at either end. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
