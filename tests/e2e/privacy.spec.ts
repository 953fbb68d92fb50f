import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { CRISIS_LINES, EMERGENCY, EU_EMERGENCY } from '@/utils/core/crisis/lines';
import { test } from './fixtures';

/**
 * Nothing is sent anywhere, checked on what ships: both built manifests ask for the
 * five permissions and nothing else, and the built code can neither fetch nor run anything from
 * outside. No browser, except the last test, which proves the request check itself can fail.
 */

const BUILDS = {
  chrome: resolve(process.env.FOOTHOLDS_EXTENSION_DIR ?? '.output/chrome-mv3'),
  firefox: resolve(process.env.FOOTHOLDS_FIREFOX_DIR ?? '.output/firefox-mv3'),
};

/**
 * Addresses the built code may hold, and why none is a request. Anything else fails the test:
 * a new one must be added here, with its reason, on purpose.
 */
const ALLOWED_URLS: Record<string, string> = {
  'http://www.w3.org/2000/svg': 'XML namespace (Preact creates SVG elements in it)',
  'http://www.w3.org/1999/xhtml': 'XML namespace (Preact)',
  'http://www.w3.org/1998/Math/MathML': 'XML namespace (Preact)',
  'https://findahelpline.com': 'a link a person clicks, in Help and the crisis note',
  // Each crisis line's chat and each source's page (issue 27): links a person clicks beside the
  // number, so they can check it again. Taken from the table itself, whose every address is one.
  ...Object.fromEntries(
    [
      ...CRISIS_LINES.flatMap((line) => [line.source.url, ...(line.chat ? [line.chat] : [])]),
      ...[...Object.values(EMERGENCY), EU_EMERGENCY].map((e) => e.source.url),
    ].map((url) => [url.replace(/\/$/, ''), 'a crisis line or its source, a link a person clicks']),
  ),
};

/** Every file under a folder, as paths relative to it. */
function filesOf(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const path = join(under, entry.name);
    return entry.isDirectory() ? filesOf(dir, path) : [path];
  });
}

for (const [browser, dir] of Object.entries(BUILDS)) {
  base.describe(`the ${browser} build`, () => {
    const manifest = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const code = () =>
      filesOf(dir)
        .filter((f) => /\.(js|html|css)$/.test(f))
        .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

    base('asks for exactly alarms, notifications, storage, idle and unlimitedStorage', () => {
      const m = manifest();
      expect([...m.permissions].sort()).toEqual(
        ['alarms', 'idle', 'notifications', 'storage', 'unlimitedStorage'].sort(),
      );
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions ?? []).toEqual([]);
      expect(m.content_scripts ?? []).toEqual([]);
      expect(m.externally_connectable).toBeUndefined();
      expect(m.web_accessible_resources ?? []).toEqual([]);
      // No content security policy of its own: the browser's strict default applies.
      expect(m.content_security_policy).toBeUndefined();
      expect(m.sandbox).toBeUndefined();
    });

    base('has no eval, no new Function and no remote address it could load', () => {
      const files = code();
      expect(files.length).toBeGreaterThan(5);
      for (const { file, text } of files) {
        expect(text, `${file} uses eval`).not.toMatch(/\beval\s*\(/);
        expect(text, `${file} uses new Function`).not.toMatch(/\bnew\s+Function\b|\bFunction\s*\(/);
        expect(text, `${file} may talk to a server`).not.toMatch(
          /\b(sendBeacon|WebSocket|EventSource|XMLHttpRequest|importScripts)\b|\bfetch\s*\(/,
        );
        const urls = text.match(/\b(https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/g) ?? [];
        for (const url of urls) {
          expect(ALLOWED_URLS, `${file} holds ${url}`).toHaveProperty([url.replace(/\/$/, '')]);
        }
        // Scripts and styles are the extension's own files, never from a server.
        expect(text, `${file} loads from elsewhere`).not.toMatch(
          /<script[^>]+src="(?!\/|\.|chunks\/)|<link[^>]+href="(?:https?:)?\/\//,
        );
      }
    });
  });
}

base('the code never sets HTML from text (the only innerHTML is inside Preact)', () => {
  // web-ext lint warns about `innerHTML` in the bundle: it is Preact's dangerouslySetInnerHTML
  // support. Footholds never uses it, so user text is always text.
  for (const folder of ['components', 'entrypoints', 'utils']) {
    for (const file of filesOf(resolve(folder)).filter((f) => /\.tsx?$/.test(f))) {
      const text = readFileSync(join(resolve(folder), file), 'utf8');
      expect(text, `${folder}/${file}`).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=/);
    }
  }
});

test('the request check catches a request that leaves the extension', async ({ popup, sent }) => {
  // Proof that the check every spec makes can fail: a page asks the network for something.
  await popup.open();
  await popup.page.evaluate(() => {
    new Image().src = 'http://footholds.invalid/canary.png';
  });
  await expect.poll(() => [...sent]).toContain('http://footholds.invalid/canary.png');
  sent.length = 0;
});
