// @vitest-environment happy-dom

import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ValueStatement } from '@/components/newtab/ValueStatement';
import { bundlePaintScript } from '@/modules/first-frames/paintBundle';
import { forgetSnapshot } from '@/utils/doors/backups';
import { LOCAL_KEYS } from '@/utils/model/keys';
import {
  LINK_IDS,
  PAINT_IDS,
  paintNow,
  startAfterFirstFrame,
} from '@/utils/pages/newtab/paintScript';
import { readSnapshot, writeSnapshot } from '@/utils/pages/newtab/snapshot';
import type { TodaySnapshot, TodayView } from '@/utils/pages/newtab/todayView';

const view = (day: string, heading: string): TodayView =>
  ({
    day,
    eyebrow: "Today's value",
    heading,
    looksLike: 'I reach out',
    why: 'People keep me steady.',
    firstRun: false,
    suggestion: { kind: 'rest', reason: 'all-done', value: null, step: '', size: 'full' },
    winsToday: 0,
    winsWeek: 0,
  }) as TodayView;

const snapshot: TodaySnapshot = {
  v: 1,
  version: 3,
  days: {
    '2026-11-23': view('2026-11-23', '<b>Connection</b>'),
    '2026-11-24': view('2026-11-24', 'Rest'),
  },
};

function skeleton() {
  document.body.innerHTML = Object.values(PAINT_IDS)
    .map((id) => `<p id="${id}"></p>`)
    .join('');
  delete document.documentElement.dataset.theme;
}

beforeEach(() => {
  localStorage.clear();
  skeleton();
  // What the page speaks with no setting kept, in a browser without a catalogue to ask: English.
  document.documentElement.dataset.speaks = 'auto|en';
  delete document.documentElement.dataset.english;
});

describe('the parse-time paint', () => {
  it("fills today's statement as text, from the snapshot", () => {
    writeSnapshot(localStorage, snapshot);
    paintNow(document, localStorage, new Date(2026, 10, 23, 9));
    const h = document.getElementById(PAINT_IDS.heading);
    expect(h?.textContent).toBe('<b>Connection</b>');
    expect(h?.querySelector('b')).toBeNull();
    expect(document.getElementById(PAINT_IDS.why)?.textContent).toBe('People keep me steady.');
    expect(readSnapshot(localStorage, '2026-11-23')?.version).toBe(3);
  });

  it('paints only a snapshot made in the language the page speaks, and marks English', () => {
    writeSnapshot(localStorage, snapshot);
    paintNow(document, localStorage, new Date(2026, 10, 23, 9));
    expect(document.documentElement.dataset.english).toBe('');
    expect(document.getElementById(PAINT_IDS.heading)?.textContent).toBe('<b>Connection</b>');

    // The person picked another language: the English snapshot is not theirs.
    skeleton();
    delete document.documentElement.dataset.english;
    localStorage.setItem(LOCAL_KEYS.language, 'qps');
    paintNow(document, localStorage, new Date(2026, 10, 23, 9));
    expect(document.documentElement.dataset.speaks).toBe('qps|en');
    expect(document.documentElement.dataset.english).toBeUndefined();
    expect(document.getElementById(PAINT_IDS.heading)?.textContent).toBe('');
    expect(readSnapshot(localStorage, '2026-11-23')).toBeNull();

    // Made again in that language, it is painted.
    writeSnapshot(localStorage, snapshot);
    paintNow(document, localStorage, new Date(2026, 10, 23, 9));
    expect(document.getElementById(PAINT_IDS.heading)?.textContent).toBe('<b>Connection</b>');
  });

  it('gives the footer links the words of the language the snapshot speaks, even on a day it has no view of', () => {
    document.body.innerHTML += Object.values(LINK_IDS)
      .map((id) => `<a id="${id}">English as built</a>`)
      .join('');
    const links = { hardDays: 'Mi plan para los días difíciles', help: 'Ayuda y apoyo en crisis' };
    writeSnapshot(localStorage, { ...snapshot, links });
    paintNow(document, localStorage, new Date(2026, 10, 30, 9));
    expect(document.getElementById(LINK_IDS.hardDays)?.textContent).toBe(links.hardDays);
    expect(document.getElementById(LINK_IDS.help)?.textContent).toBe(links.help);
    // A snapshot without them (an older one) leaves the links as built.
    skeleton();
    document.body.innerHTML += `<a id="${LINK_IDS.help}">English as built</a>`;
    writeSnapshot(localStorage, snapshot);
    paintNow(document, localStorage, new Date(2026, 10, 23, 9));
    expect(document.getElementById(LINK_IDS.help)?.textContent).toBe('English as built');
  });

  it("uses tomorrow's view after midnight, and nothing for a day it has no view of", () => {
    writeSnapshot(localStorage, snapshot);
    paintNow(document, localStorage, new Date(2026, 10, 24, 0, 5));
    expect(document.getElementById(PAINT_IDS.heading)?.textContent).toBe('Rest');
    skeleton();
    paintNow(document, localStorage, new Date(2026, 10, 26));
    expect(document.getElementById(PAINT_IDS.heading)?.textContent).toBe('');
  });

  it('forgets the snapshot on request, and reads or writes nothing without storage', () => {
    writeSnapshot(localStorage, snapshot);
    forgetSnapshot();
    expect(readSnapshot(localStorage, '2026-11-23')).toBeNull();
    expect(readSnapshot(null, '2026-11-23')).toBeNull();
    expect(() => writeSnapshot(null, snapshot)).not.toThrow();
  });

  it('applies the saved theme and survives a damaged snapshot', () => {
    localStorage.setItem(LOCAL_KEYS.theme, 'dark');
    localStorage.setItem(LOCAL_KEYS.newtabSnapshot, '{not json');
    expect(() => paintNow(document, localStorage, new Date())).not.toThrow();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(readSnapshot(localStorage, '2026-11-23')).toBeNull();
  });

  it('marks a long name, so it is set smaller from the first frame, as Preact marks it (issue 19)', () => {
    const long =
      'Being there for the people I love, even on the days when I have very little to give, and letting them be there for me as well';
    writeSnapshot(localStorage, {
      ...snapshot,
      days: { '2026-11-23': { ...view('2026-11-23', long), looksLike: 'I reach out' } },
    });
    paintNow(document, localStorage, new Date(2026, 10, 23, 9));
    const painted = document.getElementById(PAINT_IDS.heading);
    expect(painted?.dataset.length).toBe('longer');
    expect(document.getElementById(PAINT_IDS.looksLike)?.dataset.length).toBeUndefined();

    // Preact's own render of the same view carries the same marks, so it keeps the first frame.
    const host = document.createElement('div');
    render(
      h(ValueStatement, { view: { ...view('2026-11-23', long), looksLike: 'I reach out' } }),
      host,
    );
    const rendered = host.querySelector('h1');
    expect(rendered?.dataset.length).toBe('longer');
    expect(rendered?.getAttribute('dir')).toBe('auto');
    expect(host.querySelector(`#${PAINT_IDS.looksLike}`)?.hasAttribute('data-length')).toBe(false);
  });

  it('ships as a self-contained classic script that does the same', async () => {
    writeSnapshot(localStorage, snapshot);
    // The very script the build writes to newtab-paint.js.
    const source = await bundlePaintScript();
    expect(source).not.toMatch(/\bimport\b|\bexport\b|require\(/);
    // The generated script runs with only the page's own globals.
    const run = new Function('document', 'localStorage', 'Date', source);
    const FixedDate = class extends Date {
      constructor() {
        super(2026, 10, 23, 9);
      }
    };
    run(document, localStorage, FixedDate);
    expect(document.getElementById(PAINT_IDS.heading)?.textContent).toBe('<b>Connection</b>');
    // The shipped script marks long text too.
    writeSnapshot(localStorage, {
      ...snapshot,
      days: {
        '2026-11-23': view('2026-11-23', 'A value named in a whole sentence, not a word or two'),
      },
    });
    skeleton();
    run(document, localStorage, FixedDate);
    expect(document.getElementById(PAINT_IDS.heading)?.dataset.length).toBe('long');
  });
});

describe('starting the module after the first frame', () => {
  beforeEach(() => {
    for (const s of document.querySelectorAll('script')) s.remove();
  });
  const started = () =>
    [...document.querySelectorAll('script')].map((s) => [s.type, s.getAttribute('src')]);

  it('adds the module once, after a frame and a task, and not before', async () => {
    vi.useFakeTimers();
    try {
      startAfterFirstFrame(document, '/chunks/newtab.js');
      expect(started()).toEqual([]);
      await vi.advanceTimersByTimeAsync(1000);
      expect(started()).toEqual([['module', '/chunks/newtab.js']]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts it even when no frame comes (a hidden tab), and does nothing without a module', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const frame = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      startAfterFirstFrame(document, undefined);
      startAfterFirstFrame(document, '/chunks/newtab.js');
      await vi.advanceTimersByTimeAsync(249);
      expect(started()).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(started()).toEqual([['module', '/chunks/newtab.js']]);
    } finally {
      frame.mockRestore();
      vi.useRealTimers();
    }
  });
});
