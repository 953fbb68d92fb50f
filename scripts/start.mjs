// `npm start`: runs after `wxt build`, opens Chromium/Chrome with Footholds loaded and a profile
// kept in .profile/ so your data survives between runs. With no display it says so and how to
// load the extension by hand instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const extension = resolve('.output/chrome-mv3');
const profile = resolve('.profile');

const manual = `
To use Footholds in your own browser:
  1. Open chrome://extensions (or edge://extensions).
  2. Turn on "Developer mode".
  3. Click "Load unpacked" and choose: ${extension}
`;

if (!existsSync(`${extension}/manifest.json`)) {
  console.error('The extension has not been built. Run `npm run build` first.');
  process.exit(1);
}

const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (noDisplay) {
  console.log(`Footholds is built, but this machine has no display to open a browser on.${manual}`);
  process.exit(0);
}

// Branded Google Chrome (137+) ignores --load-extension, so Chromium comes first.
const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);
const browser = candidates.find((path) => existsSync(path));
if (!browser) {
  console.log(`No Chromium or Chrome was found (set CHROME_PATH to point at one).${manual}`);
  process.exit(0);
}

mkdirSync(profile, { recursive: true });
console.log(`Opening ${browser} with Footholds (profile kept in ${profile}).`);
if (/google chrome|google-chrome|chrome\.exe$/i.test(browser) && !/chromium/i.test(browser)) {
  console.log(`If Footholds does not appear, your Chrome ignores side-loading.${manual}`);
}
const child = spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    'chrome://newtab/',
  ],
  { stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
