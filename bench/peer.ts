import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { PROFILE_LABEL, PROFILES } from './config';
import { grid, ms, spread } from './format';
import type { PaintSample } from './paint';
import { pairedRatio, type Ratio, ratioOfMedians, type Timing, timing } from './stats';

/**
 * The peer for the bench: another new-tab extension, loaded unpacked in its own profile and
 * measured exactly like Footholds' new tab; its figures beside Footholds', and their table
 * section. `BENCH_PEER=<folder>` names it; by default `../shared/peers/tabliss` when that folder
 * exists beside this checkout (docs/benchmark.md); `BENCH_PEER=` (empty) runs without one.
 */

/** The default peer, relative to the project folder. */
export const DEFAULT_PEER = '../shared/peers/tabliss';

/** A peer found on disk, before it is copied. */
export interface PeerSource {
  /** The folder as given (for the table). */
  given: string;
  dir: string;
  name: string;
  version: string;
  /** The page its manifest puts in place of the new tab, like `index.html`. */
  newtab: string;
}

/** Where the peer comes from, or why there is none (a line for the log and the table). */
export function findPeer(env = process.env.BENCH_PEER): PeerSource | { skipped: string } {
  if (env === '') return { skipped: 'no peer: BENCH_PEER is empty' };
  const given = env ?? DEFAULT_PEER;
  const dir = resolve(given);
  if (!existsSync(join(dir, 'manifest.json'))) {
    if (env === undefined) return { skipped: `no peer: ${DEFAULT_PEER} is not there` };
    throw new Error(`BENCH_PEER=${env}: no manifest.json in ${dir}.`);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const newtab: string | undefined = manifest.chrome_url_overrides?.newtab;
  if (!newtab) throw new Error(`The peer in ${dir} does not replace the new tab page.`);
  return {
    given,
    dir,
    name: localised(dir, manifest, manifest.short_name ?? manifest.name),
    version: String(manifest.version ?? '?'),
    newtab: newtab.replace(/^\/+/, ''),
  };
}

/**
 * Copies the peer to `to` (replacing any earlier copy) and makes the copy writable: the static
 * copy of its page is written inside it, so it loads from the same origin and disk.
 */
export function copyPeer(peer: PeerSource, to: string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(peer.dir, to, { recursive: true });
  const writable = (path: string) => {
    chmodSync(path, statSync(path).mode | 0o200);
    if (statSync(path).isDirectory()) for (const f of readdirSync(path)) writable(join(path, f));
  };
  writable(to);
  return to;
}

/** A short label for the table: name, version and where it came from. */
export function peerLabel(peer: PeerSource): string {
  const where = relative('.', peer.dir) || peer.dir;
  return `${peer.name} ${peer.version} (${where.startsWith('..') ? where : basename(where)})`;
}

/** `__MSG_name__` names are looked up in the default locale's messages. */
function localised(dir: string, manifest: { default_locale?: string }, value: string): string {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key || !manifest.default_locale) return value;
  try {
    const file = join(dir, '_locales', manifest.default_locale, 'messages.json');
    const messages = JSON.parse(readFileSync(file, 'utf8'));
    const hit = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase());
    return (hit?.[1] as { message?: string } | undefined)?.message ?? value;
  } catch {
    return value;
  }
}

/** One extension's new tab, live and static, on one paint. */
export interface PeerRow {
  subject: string;
  label: string;
  paint: 'fcp' | 'main';
  live: Timing;
  static: Timing;
  liveOverStatic: Ratio;
}

/** The peer's figures beside Footholds' (in bench/results.json and the table). */
export interface PeerResult {
  name: string;
  version: string;
  folder: string;
  label: string;
  /** What the peer's main element is (its largest contentful paint), as captured. */
  mainElement: string;
  rows: PeerRow[];
  /** Footholds' live median ÷ the peer's, per Footholds profile and paint. */
  footholdsOverPeer: Record<string, Record<'fcp' | 'main', Ratio>>;
}

/**
 * Footholds' new tab (both profiles) and the peer's, live and static, on first contentful paint
 * and on the main element: Footholds' value statement, the peer's largest contentful paint.
 */
export function peerResult(
  raw: Record<string, PaintSample[][]>,
  peer: PeerSource,
  mainElement: string,
): PeerResult {
  const paints = {
    fcp: (s: PaintSample) => s.fcp,
    main: (subject: string) => (s: PaintSample) => (subject === 'peer' ? s.lcp : s.element),
  };
  const pickFor = (subject: string, paint: 'fcp' | 'main') =>
    paint === 'fcp' ? paints.fcp : paints.main(subject);
  const of = (key: string, f: (s: PaintSample) => number | null) =>
    raw[key].map((loads) => loads.map(f));
  const rows: PeerRow[] = [];
  for (const subject of [...PROFILES, 'peer']) {
    for (const paint of ['fcp', 'main'] as const) {
      const f = pickFor(subject, paint);
      rows.push({
        subject,
        label:
          subject === 'peer'
            ? `${peer.name} ${peer.version}`
            : `Footholds (${PROFILE_LABEL[subject]})`,
        paint,
        live: timing(of(`real:${subject}`, f)),
        static: timing(of(`static:${subject}`, f)),
        liveOverStatic: pairedRatio(of(`real:${subject}`, f), of(`static:${subject}`, f)),
      });
    }
  }
  const row = (subject: string, paint: string) =>
    rows.find((r) => r.subject === subject && r.paint === paint) as PeerRow;
  const footholdsOverPeer: PeerResult['footholdsOverPeer'] = {};
  for (const p of PROFILES) {
    footholdsOverPeer[p] = {
      fcp: ratioOfMedians(row(p, 'fcp').live, row('peer', 'fcp').live),
      main: ratioOfMedians(row(p, 'main').live, row('peer', 'main').live),
    };
  }
  return {
    name: peer.name,
    version: peer.version,
    folder: peer.given,
    label: peerLabel(peer),
    mainElement,
    rows,
    footholdsOverPeer,
  };
}

/** The table's NEW TAB BESIDE A PEER section, or the reason it was skipped. */
export function peerLines(peer: PeerResult | { skipped: string }): string[] {
  const lines: string[] = [];
  lines.push('');
  if ('skipped' in peer) {
    lines.push(`NEW TAB BESIDE A PEER · skipped: ${peer.skipped} (set BENCH_PEER=<folder>)`);
    return lines;
  }
  lines.push(
    `NEW TAB BESIDE A PEER · ${peer.label}, its own profile, same rounds · main element: Footholds' value statement (element timing), ${peer.name}'s largest contentful paint, ${peer.mainElement}`,
  );
  const rows: string[][] = [
    ['extension', 'paint', 'live', 'p95', 'static', 'p95', 'live ÷ static', 'Footholds ÷ peer'],
  ];
  for (const row of peer.rows) {
    const over = row.subject === 'peer' ? null : peer.footholdsOverPeer[row.subject][row.paint];
    rows.push([
      row.paint === 'fcp' ? row.label : '',
      row.paint === 'fcp' ? 'first contentful paint' : 'main element',
      ms(row.live.median),
      ms(row.live.p95),
      ms(row.static.median),
      ms(row.static.p95),
      spread(row.liveOverStatic),
      over ? spread(over) : '',
    ]);
  }
  lines.push(...grid(rows));
  return lines;
}
