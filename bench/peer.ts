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

/**
 * The peer for the bench (issue 11): another new-tab extension, loaded unpacked in its own
 * profile and measured exactly like Footholds' new tab. `BENCH_PEER=<folder>` names it; by
 * default `../shared/peers/tabliss` when that folder exists (see ../shared/peers/README.md);
 * `BENCH_PEER=` (empty) runs without one.
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
