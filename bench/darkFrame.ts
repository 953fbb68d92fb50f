import { inflateSync } from 'node:zlib';
import type { Bench } from './browser';
import { type Profile, staticFile } from './config';
import { grid } from './format';

/**
 * The first frame a page paints in dark mode, read from a CDP screencast after a magenta page:
 * a page that paints white before its dark styles apply flashes, and this is where it shows.
 */

/** The first frame a page painted, from a CDP screencast. */
export interface FirstFrame {
  /** Top-left pixel of the first frame after the sentinel page, as `#rrggbb`; null if none. */
  first: string | null;
  /** Top-left pixel of the last frame (the settled page). */
  last: string | null;
  frames: number;
}

/** Magenta: what the tab shows before navigating, so the page's own first frame stands out. */
const SENTINEL = '#ff00ff';

/** A magenta page for the bench copy (`bench-sentinel.html`), used by `firstFrameDark`. */
export const SENTINEL_PAGE = `<!doctype html><meta charset="utf-8"><title>sentinel</title><style>html,body{background:${SENTINEL}}</style>`;

/**
 * Loads `url` in dark mode in a fresh tab that first shows the magenta `bench-sentinel.html`
 * (an extension page too, so the navigation stays in the same renderer and the screencast keeps
 * running), with a CDP screencast; returns the top-left pixel of the first frame that is not
 * magenta (the page's first painted frame: Chromium keeps the old frame until the new page
 * paints) and of the last frame. Retries a load that yielded no frame.
 */
export async function firstFrameDark(bench: Bench, url: string, tries = 3): Promise<FirstFrame> {
  let result: FirstFrame = { first: null, last: null, frames: 0 };
  for (let i = 0; i < tries && result.first === null; i++)
    result = await screencastLoad(bench, url);
  return result;
}

async function screencastLoad(bench: Bench, url: string): Promise<FirstFrame> {
  const page = await bench.context.newPage();
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(bench.url('bench-sentinel.html'), { waitUntil: 'load' });
    const cdp = await bench.context.newCDPSession(page);
    const colours: string[] = [];
    let navigated = false;
    let sentinelSeen = false;
    let settle: () => void = () => {};
    const settled = new Promise<void>((r) => {
      settle = r;
    });
    cdp.on('Page.screencastFrame', (frame) => {
      const colour = topLeftPixel(frame.data);
      if (colour === SENTINEL) sentinelSeen = true;
      else if (navigated) {
        colours.push(colour);
        settle();
      }
      cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
    for (let waited = 0; !sentinelSeen && waited < 2000; waited += 50) {
      await page.waitForTimeout(50);
    }
    if (!sentinelSeen) return { first: null, last: null, frames: 0 };
    navigated = true;
    await page.goto(url, { waitUntil: 'load' });
    await Promise.race([settled, page.waitForTimeout(3000)]);
    await page.waitForTimeout(300);
    await cdp.send('Page.stopScreencast');
    await cdp.detach();
    return { first: colours[0] ?? null, last: colours.at(-1) ?? null, frames: colours.length };
  } finally {
    await page.close();
  }
}

/**
 * The top-left pixel of a PNG (base64) as `#rrggbb`. For the first pixel of the first row every
 * PNG filter predicts 0, so the stored bytes are the pixel itself: no full decode is needed.
 */
export function topLeftPixel(base64: string): string {
  const png = Buffer.from(base64, 'base64');
  const idat: Buffer[] = [];
  let colourType = 2;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') colourType = data[9];
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  // raw[0] is the first row's filter type; RGB or RGBA follow (8-bit).
  if (colourType !== 2 && colourType !== 6)
    throw new Error(`Unexpected PNG colour type ${colourType}`);
  return `#${[raw[1], raw[2], raw[3]].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** The dark-mode first frame of the new tab (live and static) and the popup, on each profile. */
export async function darkFrames(
  bench: Bench,
  profile: Profile,
): Promise<Record<string, FirstFrame[]>> {
  const out: Record<string, FirstFrame[]> = {};
  const pages: [string, string, number][] = [
    [`newtab:${profile}`, 'newtab.html', 3],
    [`static newtab:${profile}`, staticFile('newtab', profile), 1],
    [`popup:${profile}`, 'popup.html', 2],
  ];
  for (const [key, path, times] of pages) {
    out[key] = [];
    for (let i = 0; i < times; i++) out[key].push(await firstFrameDark(bench, bench.url(path)));
  }
  return out;
}

/** The table's FIRST PAINTED FRAME IN DARK MODE section. */
export function darkLines(darkFirstFrame: Record<string, FirstFrame[]>): string[] {
  const lines: string[] = [];
  lines.push('');
  lines.push(
    'FIRST PAINTED FRAME IN DARK MODE · CDP screencast, top-left pixel after a magenta page',
  );
  const darkRows: string[][] = [['page', 'first frame', 'settled', 'loads', 'white flash']];
  for (const [key, frames] of Object.entries(darkFirstFrame)) {
    const [page, profile] = key.split(':');
    const firsts = [...new Set(frames.map((f) => f.first ?? 'none'))];
    const lasts = [...new Set(frames.map((f) => f.last ?? 'none'))];
    const light = frames.some((f) => f.first !== null && luminance(f.first) > 0.5);
    darkRows.push([
      `${page} (${profile === 'empty' ? 'empty' : 'five years'})`,
      firsts.join(' '),
      lasts.join(' '),
      String(frames.length),
      light ? 'YES' : 'no',
    ]);
  }
  lines.push(...grid(darkRows));
  return lines;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
