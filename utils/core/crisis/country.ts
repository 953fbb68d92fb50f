/**
 * The person's country for crisis help (issue 27, groundwork): the browser's region, only when
 * the browser gives one ("en-GB" → "GB"; "es" alone gives none, and the person is asked once).
 */

import { isCountryCode } from './countries';

/** ISO 3166-1 alpha-2: two capital letters. */
const ALPHA_2 = /^[A-Z]{2}$/;

/**
 * The region of the first of `locales` that names one ("en-GB", "es_419" has none: a UN M.49
 * area, not a country), or undefined when none does.
 */
export function regionOf(locales: readonly string[]): string | undefined {
  for (const tag of locales) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(String(tag).replace(/_/g, '-')).region;
    } catch {
      continue;
    }
    if (region && ALPHA_2.test(region)) return region;
  }
  return undefined;
}

/**
 * The country crisis help is for: the one the person chose in Settings, else the browser's
 * region (`regionOf(locales)`), else none (the crisis help then asks, once, in place). A chosen
 * code this build does not list (a file may hold any two capitals; a browser may say "en-EU")
 * counts as none.
 */
export function countryFor(
  chosen: string | undefined,
  locales: readonly string[],
): string | undefined {
  if (isCountryCode(chosen)) return chosen;
  const region = regionOf(locales);
  return isCountryCode(region) ? region : undefined;
}
