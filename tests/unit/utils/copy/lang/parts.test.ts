/**
 * Surfaces spread some parts of the words into one object (`{ ...coreCopy, ...popupCopy }`). A
 * spread copies top-level entries, so it stays in the person's language only while each of those
 * parts holds nothing but groups at its top level (a switch fills the groups in place). Parts with
 * top-level sentences are spread only through `composed`, which rebuilds after a switch.
 */
import { describe, expect, it } from 'vitest';
import { adjustCopy } from '@/utils/copy/adjust';
import { coreCopy } from '@/utils/copy/core';
import { popupCopy } from '@/utils/copy/popup';
import { todayCopy } from '@/utils/copy/today';

describe('parts that surfaces spread without `composed`', () => {
  it.each([
    ['core', coreCopy],
    ['popup', popupCopy],
    ['adjust', adjustCopy],
    ['today', todayCopy],
  ])('%s holds only groups at its top level', (_name, part) => {
    const loose = Object.entries(part).filter(
      ([, v]) => !v || typeof v !== 'object' || Array.isArray(v),
    );
    expect(loose.map(([k]) => k)).toEqual([]);
  });
});
