/**
 * The sync mirror's shape: how the plan and settings are laid out in the browser's
 * `storage.sync` as plain JSON (readable, testable), one key per record, a record too big for
 * one item split into numbered chunks, and a shape-version key so an older Footholds ignores what
 * it cannot read. Pure: what the worker writes and reads, and the byte counts the quotas need.
 */

/** The mirror's shape version, under `SHAPE_KEY`. Bump it when records change shape. */
export const MIRROR_SHAPE = 1;
/** The key that holds the shape version. */
export const SHAPE_KEY = 'shape';
/** Bytes one item may take (key and JSON), well under the browsers' 8,192 per item. */
export const ITEM_BUDGET = 4096;
/** The browsers' limits for `storage.sync` (Chrome's; Firefox's are the same or larger). */
export const QUOTA_BYTES = 102_400;
export const MAX_ITEMS = 512;
/** At most one write every this many ms, sustained (Chrome allows 120 a minute). */
export const WRITE_GAP_MS = 10_000;
/** How long a deleted record's tombstone is kept, so every computer hears of it. */
export const TOMBSTONE_MS = 60 * 24 * 60 * 60_000;

/**
 * What a record is: a value, a commitment, the settings (one record), or the plan for hard days
 * (one record, mirrored only from computers where the person ticked it: `sync/hardDays.ts`).
 */
export type RecordKind = 'value' | 'commitment' | 'settings' | 'hardDays';

/** When a record last changed, and on which computer (a random id kept on that computer). */
export interface Stamp {
  at: number;
  by: string;
}

/** One record as it travels: its stamp, and its data or, once deleted, a tombstone. */
export interface MirrorRecord extends Stamp {
  key: string;
  /** The record itself (a Value, a Commitment, the settings); absent for a tombstone. */
  data?: unknown;
  deleted?: true;
}

/** The storage key of a record: `value.<id>`, `commitment.<id>`, `settings`, `hardDays`. */
export function recordKey(kind: RecordKind, id?: string): string {
  return kind === 'settings' || kind === 'hardDays' ? kind : `${kind}.${id}`;
}

/** The kind and id a record key names, or null for a key that is not a record (a chunk, the shape). */
export function parseRecordKey(key: string): { kind: RecordKind; id?: string } | null {
  if (key === 'settings' || key === 'hardDays') return { kind: key };
  const match = /^(value|commitment)\.([^#]+)$/.exec(key);
  return match ? { kind: match[1] as RecordKind, id: match[2] } : null;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (what the quotas count, whatever the script). */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** The bytes one item costs: its key and its value's JSON, as the browsers count them. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value));
}

/** The bytes a set of items costs. */
export function bytesOf(items: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(items)) total += itemBytes(key, value);
  return total;
}

/** What a record's main item holds: its stamp and data, or the number of chunks that do. */
interface Head extends Stamp {
  d?: unknown;
  x?: 1;
  parts?: number;
  /** The hash of the chunks' joined text, so chunks from another write of the record are known. */
  h?: string;
}

/** A short hash of a text (FNV-1a, 32 bits). */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The key of a record's chunk `i` (from 1). */
function chunkKey(key: string, i: number): string {
  return `${key}#${i}`;
}

/** The bytes one character takes inside a JSON string: its UTF-8, or its escape. */
function charCost(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || char === '"' || char === '\\') return JSON.stringify(char).length - 2;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return JSON.stringify(char).length - 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Splits `text` into pieces whose items (key plus JSON string) each fit `ITEM_BUDGET`, never
 * cutting a character in two.
 */
function splitText(key: string, text: string): string[] {
  const room = ITEM_BUDGET - utf8Bytes(chunkKey(key, 999)) - 2;
  const parts: string[] = [];
  let part = '';
  let size = 0;
  for (const char of text) {
    const cost = charCost(char);
    if (size + cost > room && part) {
      parts.push(part);
      part = '';
      size = 0;
    }
    part += char;
    size += cost;
  }
  if (part || parts.length === 0) parts.push(part);
  return parts;
}

/** The items a record takes in `storage.sync`: one, or a head and its numbered chunks. */
export function recordItems(record: MirrorRecord): Record<string, unknown> {
  const head: Head = { at: record.at, by: record.by };
  if (record.deleted) head.x = 1;
  else head.d = record.data;
  if (itemBytes(record.key, head) <= ITEM_BUDGET) return { [record.key]: head };
  const text = JSON.stringify(record.data);
  const parts = splitText(record.key, text);
  const items: Record<string, unknown> = {
    [record.key]: { at: record.at, by: record.by, parts: parts.length, h: textHash(text) },
  };
  parts.forEach((part, i) => {
    items[chunkKey(record.key, i + 1)] = part;
  });
  return items;
}

/** Every item of a mirror: the shape key and each record's items. */
export function mirrorItems(records: readonly MirrorRecord[]): Record<string, unknown> {
  const items: Record<string, unknown> = { [SHAPE_KEY]: MIRROR_SHAPE };
  for (const record of records) Object.assign(items, recordItems(record));
  return items;
}

/**
 * The keys a record's items may use in `items` (its head and any chunks it names there). A count
 * no mirror can hold (garbage, or not a whole number) names no chunk, rather than millions.
 */
export function recordItemKeys(key: string, items: Record<string, unknown>): string[] {
  const head = items[key] as Head | undefined;
  const claimed = head?.parts;
  const parts =
    typeof claimed === 'number' && Number.isInteger(claimed) && claimed > 0 && claimed < MAX_ITEMS
      ? claimed
      : 0;
  return [key, ...Array.from({ length: parts }, (_, i) => chunkKey(key, i + 1))];
}

function isStamp(value: unknown): value is Head {
  const head = value as Head | null;
  return (
    typeof head === 'object' &&
    head !== null &&
    typeof head.at === 'number' &&
    Number.isFinite(head.at) &&
    typeof head.by === 'string' &&
    head.by.length > 0
  );
}

/**
 * The records in `storage.sync`'s items (the plan's, or those `isRecord` names). A mirror of another shape (a newer Footholds wrote
 * it) gives nothing, and so does a record it cannot read (a chunk missing, JSON cut short):
 * what cannot be read is left alone, never taken for a deletion.
 */
export function readMirror(
  items: Record<string, unknown>,
  isRecord: (key: string) => boolean = (key) => parseRecordKey(key) !== null,
): MirrorRecord[] {
  if (items[SHAPE_KEY] !== undefined && items[SHAPE_KEY] !== MIRROR_SHAPE) return [];
  const records: MirrorRecord[] = [];
  for (const [key, head] of Object.entries(items)) {
    if (!isRecord(key) || !isStamp(head)) continue;
    if (head.x === 1) {
      records.push({ key, at: head.at, by: head.by, deleted: true });
      continue;
    }
    if (typeof head.parts === 'number') {
      const parts = recordItemKeys(key, items)
        .slice(1)
        .map((k) => items[k]);
      if (!parts.every((p): p is string => typeof p === 'string')) continue;
      const text = parts.join('');
      // A chunk from another write of the record (it may still parse): wait for the rest.
      if (head.h !== textHash(text)) continue;
      try {
        records.push({ key, at: head.at, by: head.by, data: JSON.parse(text) });
      } catch {
        // Not JSON after all: leave it alone.
      }
      continue;
    }
    if ('d' in head) records.push({ key, at: head.at, by: head.by, data: head.d });
  }
  return records;
}

/** Chromium counts a few bytes more per item than key + JSON (the bench measures about 6). */
const BROWSER_ALLOWANCE_PER_ITEM = 16;

/** Whether a mirror would pass the browser's quotas, counted with room to spare. */
export function overQuota(mirror: Record<string, unknown>): boolean {
  const items = Object.keys(mirror).length;
  return items > MAX_ITEMS || bytesOf(mirror) + items * BROWSER_ALLOWANCE_PER_ITEM > QUOTA_BYTES;
}
