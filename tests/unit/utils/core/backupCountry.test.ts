/**
 * The settings' `country` (issue 27) in a backup file: optional within version 1, so a file
 * without it imports unchanged; kept through an export and an import; a wrong one said plainly.
 */

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { backupProblemText } from '@/utils/copy/options/backupProblems';
import { parseBackup, toBackup } from '@/utils/core/backup';
import { settingsSchema } from '@/utils/core/backup/schema';

const file = (settings?: Record<string, unknown>) => ({
  format: 'footholds-backup',
  version: 1,
  values: [{ id: 'v1', name: 'Connection', createdAt: 1795428000000 }],
  ...(settings ? { settings } : {}),
});

describe('the country in a backup', () => {
  it('round-trips: export, import, the same country', () => {
    const read = parseBackup(file({ theme: 'dark', country: 'US' }));
    if (!read.ok) throw new Error('expected the file to load');
    expect(read.data.settings).toEqual({ theme: 'dark', country: 'US' });
    const again = parseBackup(JSON.parse(JSON.stringify(toBackup(read.data, new Date(0)))));
    if (!again.ok) throw new Error('expected the export to load');
    expect(again.data).toEqual(read.data);
    expect(again.data.settings.country).toBe('US');
  });

  it('reads an older file without it, or with no settings, as not chosen', () => {
    for (const older of [file({ theme: 'light', language: 'es' }), file()]) {
      const read = parseBackup(older);
      if (!read.ok) throw new Error('expected an older file to load');
      expect(read.data.settings).not.toHaveProperty('country');
    }
  });

  it('refuses what is not a two-letter code in capitals, and says so plainly', () => {
    for (const country of ['us', 'USA', 'España', 7, null, '']) {
      const read = parseBackup(file({ country }));
      expect(read.ok, String(country)).toBe(false);
      if (read.ok) continue;
      const text = backupProblemText(read.problems[0]);
      expect(text).toContain('the country');
      expect(text).toContain('"US"');
    }
  });

  it('travels in the synced settings: the mirror checks it with the same schema', () => {
    expect(v.is(settingsSchema, { country: 'ES', theme: 'system' })).toBe(true);
    expect(v.is(settingsSchema, { country: 'spain' })).toBe(false);
  });
});
