/**
 * The options page's views and their hashes (`options.html#review`). The popup, the new tab and
 * the worker link to these hashes, so the names are a small contract.
 */

/**
 * Every view of the options page, in nav order. The welcome and the printable summary are
 * reached from links, not the nav.
 */
export const OPTIONS_ROUTES = [
  'welcome',
  'steps',
  'review',
  'history',
  'settings',
  'data',
  'help',
  'hard-days',
  'summary',
] as const;

/** One view of the options page. */
export type OptionsRoute = (typeof OPTIONS_ROUTES)[number];

/** The views listed in the nav. */
export const NAV_ROUTES: readonly OptionsRoute[] = [
  'steps',
  'review',
  'history',
  'settings',
  'data',
  'help',
  'hard-days',
];

/** The view a hash asks for (`#review`, `review`, `#/review`), or null for none or an unknown one. */
export function routeFromHash(hash: string): OptionsRoute | null {
  const name = String(hash ?? '')
    .replace(/^#\/?/, '')
    .split(/[/?&]/)[0]
    .toLowerCase();
  return (OPTIONS_ROUTES as readonly string[]).includes(name) ? (name as OptionsRoute) : null;
}

/**
 * The view to show. A hash always wins; with none, someone with no values yet starts at the
 * welcome and everyone else at their steps. `hasValues` is undefined until the data is read.
 */
export function resolveRoute(
  route: OptionsRoute | null,
  hasValues: boolean | undefined,
): OptionsRoute | 'loading' {
  if (route) return route;
  if (hasValues === undefined) return 'loading';
  return hasValues ? 'steps' : 'welcome';
}

/**
 * Settings at its Country field (issue 27): crisis help's "Change" leads here, and the field
 * takes the focus. `routeFromHash` reads it as Settings.
 */
export const COUNTRY_FIELD_HASH = '#settings/country';
