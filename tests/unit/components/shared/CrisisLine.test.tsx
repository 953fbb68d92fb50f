/**
 * One crisis line as a person reads it (issue 27), rendered to HTML in node (no database): its
 * name as its operator writes it, the number to call and to text by their digits, the chat, and
 * the source linked with its checked-on day, in English and in Spanish.
 */
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { CrisisLine } from '@/components/shared/CrisisLine';
import { CrisisSource } from '@/components/shared/CrisisSource';
import { setLanguage } from '@/utils/copy/lang/switch';
import { EU_EMERGENCY, linesFor } from '@/utils/core/crisis/lines';

afterEach(async () => {
  await setLanguage('en', 'en-US');
});

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');

describe('CrisisLine', () => {
  it('shows the 988 Lifeline with tel:, sms: and chat links and its dated source', async () => {
    await setLanguage('en', 'en-US');
    const html = renderToString(<CrisisLine line={linesFor('US')[0]} />);
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
    expect(html).toContain('href="https://988lifeline.org"');
    expect(html).toContain('href="https://988lifeline.org/get-help/what-to-expect"');
    const said = text(html);
    expect(said).toContain('988 Suicide & Crisis Lifeline');
    expect(said).toContain('Call 988');
    expect(said).toContain('Hours: 24/7');
    expect(said).toContain('In English and Spanish');
    expect(said).toContain('“Spanish-language (Press 2) · text AYUDA to 988”');
    expect(said).toContain('Source: 988 Suicide & Crisis Lifeline, checked on December 7, 2026.');
  });

  it('calls a number written with spaces by its digits only', () => {
    expect(renderToString(<CrisisLine line={linesFor('GB')[0]} />)).toContain('href="tel:116123"');
    expect(renderToString(<CrisisLine line={linesFor('AU')[0]} />)).toContain('href="tel:131114"');
  });

  it('speaks Spanish around the data, which stays as its operator writes it', async () => {
    await setLanguage('es', 'es-ES');
    const said = text(renderToString(<CrisisLine line={linesFor('US')[0]} />));
    expect(said).toContain('988 Suicide & Crisis Lifeline');
    expect(said).toContain('Llama al 988');
    expect(said).toContain('En inglés y español');
    expect(said).toContain('«Spanish-language (Press 2) · text AYUDA to 988»');
    expect(said).toContain('comprobada el 7 de diciembre de 2026');
    const source = text(renderToString(<CrisisSource source={EU_EMERGENCY.source} lang="en" />));
    expect(source).toBe('Fuente: European Commission, comprobada el 7 de diciembre de 2026.');
  });
});
