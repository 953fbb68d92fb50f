/**
 * No shame, and not a clinician, in Spanish: scans every sentence of `utils/copy/es/` (strings, and
 * what its functions say for sample arguments) for blaming, loss-counting, clinical or diagnostic
 * words, and the patterns' words for causal claims about mood.
 */
import { describe, expect, it } from 'vitest';

/** Words the Spanish never says: they blame, count losses, press, or sound clinical. */
const BANNED = [
  'fracas\\p{L}*',
  'fall(?:aste|asteis|aron|ó|ado|ada|ido|ida|ar|as|a)',
  'rachas?',
  'perez\\p{L}*',
  'vag[oa]s?',
  'culpa\\p{L}*',
  'vergüenza',
  'avergonz\\p{L}*',
  'perdid[oa]s?',
  'perdiste',
  'deberías?',
  'obligatori[oa]s?',
  'síntomas?',
  'trastornos?',
  'diagn[óo]stic\\p{L}*',
  'tratamientos?',
  'curar\\p{L}*',
  'depresi[óo]n',
  'enfermedad\\p{L}*',
];
const BANNED_RE = new RegExp(String.raw`(?<!\p{L})(?:${BANNED.join('|')})(?!\p{L})`, 'giu');

/** Causal words about mood: patterns say "con" and "junto a", never that one thing brings another. */
const CAUSAL_RE =
  /(?<!\p{L})(?:porque|hace que|hacen que|provoca\p{L}*|causa\p{L}*|mejora tu ánimo|gracias a)(?!\p{L})/giu;

/** The banned words found in a text. */
function bannedIn(text: string, re = BANNED_RE): string[] {
  return [...text.matchAll(re)].map((m) => m[0]);
}

/** Sample arguments, so a function's sentences are read too. */
const SAMPLES: unknown[][] = [[], [0], [1], [2], [5, 3], ['Caminar diez minutos', 'Salud', 3]];

/** Every sentence a Spanish part says. */
function sentencesOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    for (const args of SAMPLES) {
      try {
        sentencesOf((value as (...a: unknown[]) => unknown)(...args), out);
      } catch {
        // A sample that does not fit this function's arguments says nothing.
      }
    }
  } else if (Array.isArray(value)) for (const v of value) sentencesOf(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) sentencesOf(v, out);
  return out;
}

const FILES = import.meta.glob<{ default: unknown }>('/utils/copy/es/**/*.ts', { eager: true });

describe('the Spanish words test itself', () => {
  it('finds blame, loss, pressure and clinical words, and causal claims', () => {
    expect(bannedIn('Fallaste otra vez: racha perdida. Deberías ver tus síntomas.')).toEqual([
      'Fallaste',
      'racha',
      'perdida',
      'Deberías',
      'síntomas',
    ]);
    expect(bannedIn('Tu ánimo fue mejor porque caminaste.', CAUSAL_RE)).toEqual(['porque']);
    expect(bannedIn('Un paso pequeño cuenta. Los días con un logro, el ánimo fue 3,6.')).toEqual(
      [],
    );
  });
});

describe.each(Object.entries(FILES))('%s', (path, module) => {
  const said = sentencesOf(module.default);

  it('blames no one, counts no losses and sounds like no clinician', () => {
    expect(said.flatMap((s) => bannedIn(s))).toEqual([]);
  });

  it.runIf(/options\/(insight|review)\.ts$/.test(path))(
    'claims no cause about mood in its patterns',
    () => {
      expect(said.flatMap((s) => bannedIn(s, CAUSAL_RE))).toEqual([]);
    },
  );
});
