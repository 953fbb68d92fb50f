import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';

/**
 * The browser's catalogues (public/_locales/<lang>/messages.json) and the manifest that reads
 * them. A catalogue the browser cannot read, a message missing in one language, or a manifest
 * naming a message no catalogue holds stops the extension from loading, or shows
 * "__MSG_extName__" to a person; web-ext lint does not catch the last, so this test does.
 */
const LOCALES_DIR = 'public/_locales';
const STORE_DIR = 'store';

interface Message {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string }>;
}

const languages = readdirSync(LOCALES_DIR).filter((name) =>
  statSync(join(LOCALES_DIR, name)).isDirectory(),
);

function catalogue(language: string): Record<string, Message> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, 'messages.json'), 'utf8'));
}

/** The `$name$` placeholders a message uses, sorted, lower-cased as the browser matches them. */
function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\$(\w+)\$/g)].map((m) => m[1].toLowerCase()).sort();
}

type ManifestFn = (env: {
  browser: string;
  manifestVersion: 2 | 3;
  mode: string;
  command: 'build' | 'serve';
}) => Record<string, unknown>;

/** The manifest as wxt.config.ts writes it for a browser, before WXT adds the entrypoints. */
function manifestFor(browser: string): Record<string, unknown> {
  const env = {
    browser,
    manifestVersion: 3 as const,
    mode: 'production',
    command: 'build' as const,
  };
  const manifest = config.manifest as ManifestFn;
  const written = manifest(env);
  // The hook that gives the toolbar button's tooltip its name, run on what WXT would add.
  const hooks = config.hooks as Record<string, unknown> | undefined;
  const hook = hooks?.['build:manifestGenerated'] as
    | ((wxt: unknown, manifest: Record<string, unknown>) => void)
    | undefined;
  const action = {
    ...(written.action as object),
    default_title: 'Footholds',
    default_popup: 'p.html',
  };
  const generated = { ...written, action };
  hook?.(undefined, generated);
  return generated;
}

describe('the catalogues in public/_locales', () => {
  it('hold English, the default', () => {
    expect(languages).toContain('en');
  });

  it.each(languages)('%s is named as the browser names a language', (language) => {
    expect(language).toMatch(/^[a-z]{2,3}(_[A-Z]{2})?$/);
  });

  it.each(languages)('%s is valid JSON with the same messages as English', (language) => {
    const messages = catalogue(language);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(catalogue('en')).sort());
  });

  it.each(languages)('%s gives every message its words and a note for translators', (language) => {
    for (const [name, entry] of Object.entries(catalogue(language))) {
      expect(name, 'a name the browser accepts').toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message, `${name}'s message`).toEqual(expect.any(String));
      expect(entry.message.trim(), `${name}'s message`).not.toBe('');
      expect(entry.description, `${name}'s description`).toEqual(expect.any(String));
      expect(entry.description.trim(), `${name}'s description`).not.toBe('');
    }
  });

  it.each(languages)('%s uses the same placeholders as English, each defined', (language) => {
    const english = catalogue('en');
    for (const [name, entry] of Object.entries(catalogue(language))) {
      const used = placeholdersIn(entry.message);
      expect(used, name).toEqual(placeholdersIn(english[name].message));
      const defined = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase());
      for (const placeholder of used) expect(defined, name).toContain(placeholder);
    }
  });

  it.each(languages)('%s says which language it is in its locale message', (language) => {
    // Pages read it to learn which catalogue the browser picked (docs/locales.md).
    expect(catalogue(language).locale.message).toBe(language);
  });

  it.each(languages)('%s keeps the name and description within the stores’ limits', (language) => {
    const messages = catalogue(language);
    expect(messages.extName.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it.each(languages)('%s has its store listing in a store/ folder of the same name', (language) => {
    expect(existsSync(join(STORE_DIR, language, 'listing.md'))).toBe(true);
  });

  it('store/ holds a folder per catalogue, beside the screenshots', () => {
    const folders = readdirSync(STORE_DIR).filter(
      (name) => statSync(join(STORE_DIR, name)).isDirectory() && name !== 'screenshots',
    );
    expect(folders.sort()).toEqual([...languages].sort());
  });
});

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  const manifest = manifestFor(browser);
  const commands = Object.values(manifest.commands as Record<string, { description: string }>);

  it('defaults to English', () => {
    expect(manifest.default_locale).toBe('en');
  });

  it('takes its name, description, tooltip and shortcut’s description from the catalogue', () => {
    const action = manifest.action as { default_title: string };
    const words = [manifest.name, manifest.description, action.default_title];
    for (const text of [...words, ...commands.map((c) => c.description)]) {
      expect(text).toMatch(/^__MSG_\w+__$/);
    }
  });

  it('names only messages English holds', () => {
    const named = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const name of named) expect(Object.keys(catalogue('en'))).toContain(name);
  });
});
