import type { Commitment, Entry, Value } from '@/utils/model/types';
import { entryStep, entryValueId } from './entryWords';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'date',
  'time',
  'kind',
  'value',
  'step',
  'size',
  'reason',
  'mood',
  'energy',
  'note',
  'source',
  'id',
  'felt',
  'expected',
] as const;

/**
 * The entries as CSV (RFC 4180, CRLF), one row per entry, for a spreadsheet or a therapist.
 * Names are resolved so the file reads on its own. Cells that a spreadsheet would run as a
 * formula (starting with = + - @) get a leading apostrophe.
 */
export function entriesToCsv(entries: Entry[], values: Value[], commitments: Commitment[]): string {
  const valueName = new Map(values.map((v) => [v.id, v.name]));
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const e of entries) {
    const d = new Date(e.at);
    const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    const c = e.kind !== 'checkin' && e.commitmentId ? byId.get(e.commitmentId) : undefined;
    const valueId = entryValueId(e, c);
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      date: e.day,
      time,
      kind: e.kind,
      value: valueId ? (valueName.get(valueId) ?? '') : '',
      step: entryStep(e, c),
      size: e.kind === 'win' ? e.size : '',
      reason: e.kind === 'skip' ? (e.reason ?? '') : '',
      mood: e.kind === 'checkin' ? String(e.mood) : '',
      energy: e.kind === 'checkin' ? String(e.energy) : '',
      note: e.kind === 'checkin' ? (e.note ?? '') : '',
      source: e.source,
      id: e.id,
      felt: e.kind === 'win' && e.felt !== undefined ? String(e.felt) : '',
      expected: e.kind === 'win' && e.expected !== undefined ? String(e.expected) : '',
    };
    rows.push(CSV_COLUMNS.map((k) => cell(cells[k])).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

function cell(raw: string): string {
  const safe = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
