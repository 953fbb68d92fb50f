// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ValueFields } from '@/components/options/steps/ValueFields';

afterEach(cleanup);

/** The text of the elements an input's `aria-describedby` names. */
function description(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe("a value's fields (issue 19)", () => {
  it('each says its limit before it cuts, holds no more, and reads in the writer’s direction', () => {
    const draft = { name: 'a'.repeat(195), looksLike: '', why: 'الناس يبقونني ثابتًا' };
    render(<ValueFields draft={draft} onChange={() => {}} />);
    const name = screen.getByLabelText('Value') as HTMLInputElement;
    expect(name.maxLength).toBe(200);
    expect(description(name)).toContain('Up to 200 characters. 5 characters left.');
    const looks = screen.getByLabelText(
      'What it looks like on an ordinary day',
    ) as HTMLInputElement;
    expect(looks.maxLength).toBe(1000);
    expect(description(looks)).toContain('Up to 1,000 characters.');
    const why = screen.getByLabelText('Why it matters, in one sentence');
    expect(description(why)).toContain('Up to 1,000 characters.');
    for (const field of [name, looks, why]) expect(field.getAttribute('dir')).toBe('auto');
  });
});
