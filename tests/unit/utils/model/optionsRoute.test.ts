import { describe, expect, it } from 'vitest';
import {
  COUNTRY_FIELD_HASH,
  NAV_ROUTES,
  OPTIONS_ROUTES,
  resolveRoute,
  routeFromHash,
} from '@/utils/model/optionsRoute';

describe('routeFromHash', () => {
  it('reads every view the popup, the new tab and the worker link to', () => {
    for (const route of OPTIONS_ROUTES) expect(routeFromHash(`#${route}`)).toBe(route);
    expect(routeFromHash('#welcome')).toBe('welcome');
    expect(routeFromHash('#review')).toBe('review');
    expect(routeFromHash('#help')).toBe('help');
  });

  it('forgives a missing #, a slash, a query and capitals', () => {
    expect(routeFromHash('review')).toBe('review');
    expect(routeFromHash('#/settings')).toBe('settings');
    expect(routeFromHash('#data?x=1')).toBe('data');
    expect(routeFromHash('#HELP')).toBe('help');
  });

  it("reads crisis help's Change, at the Country field, as Settings (issue 27)", () => {
    expect(routeFromHash(COUNTRY_FIELD_HASH)).toBe('settings');
  });

  it('gives null for no hash or one it does not know', () => {
    for (const hash of ['', '#', '#main', '#welcomes', '#__proto__', '#constructor']) {
      expect(routeFromHash(hash), hash).toBeNull();
    }
    expect(routeFromHash(undefined as unknown as string)).toBeNull();
  });
});

describe('resolveRoute', () => {
  it('lets a hash win, whatever is stored', () => {
    expect(resolveRoute('help', undefined)).toBe('help');
    expect(resolveRoute('data', false)).toBe('data');
    expect(resolveRoute('welcome', true)).toBe('welcome');
  });

  it('starts a first-time visitor at the welcome and everyone else at their steps', () => {
    expect(resolveRoute(null, false)).toBe('welcome');
    expect(resolveRoute(null, true)).toBe('steps');
  });

  it('waits for the data before choosing a default', () => {
    expect(resolveRoute(null, undefined)).toBe('loading');
  });
});

it('lists every view in the nav but the welcome and the summary, which links lead to', () => {
  expect([...NAV_ROUTES].sort()).toEqual(
    OPTIONS_ROUTES.filter((r) => r !== 'welcome' && r !== 'summary').sort(),
  );
  expect(routeFromHash('#summary')).toBe('summary');
});
