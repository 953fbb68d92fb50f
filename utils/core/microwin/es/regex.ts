/**
 * Regular expressions for the Spanish table: JavaScript's `\b` knows only ASCII letters, so
 * "más", "jardín" or "añadir" would break in the middle. `rx` reads `\b` as a boundary between a
 * letter or digit (any alphabet) and anything else, and always sets the `u` flag.
 */

/** A boundary between a letter or digit and anything else, in any alphabet. */
const BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;

/** A regular expression from `source` (write it with `'), '\b` read as above. */
export function rx(source: string, flags = ''): RegExp {
  return new RegExp(source.replace(/\\b/g, BOUNDARY), `${flags}u`);
}
