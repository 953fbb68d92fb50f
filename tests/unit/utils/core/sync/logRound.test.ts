import { describe, expect, it } from 'vitest';
import { LOG_DAYS, logDayKey, MIN_LOG_DAYS } from '@/utils/core/sync/logDays';
import { readLogDays } from '@/utils/core/sync/logMirror';
import { logRound } from '@/utils/core/sync/logRound';
import { bytesOf, MIRROR_SHAPE, QUOTA_BYTES, SHAPE_KEY } from '@/utils/core/sync/mirror';
import { addDays, dayKey } from '@/utils/model/day';
import { checkin, computer, holds, log, NOON, round, TODAY, win } from './logSim';

/**
 * The log's sync round between simulated computers, one decided case at a time: a win on A
 * reaches B; an undo travels as a tombstone; the same entry edited on two computers; the same
 * step done on both; a computer back after 40 days; clocks minutes apart; the quota; a day that
 * cannot be read; an import on one computer while the other is away; a write that fails.
 */

const DAY = 24 * 60 * 60_000;

describe('a log round', () => {
  it('sends a win logged on A to B, who stores it once, and writes nothing more', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    const w = log(a, win(NOON - 60_000));
    round(a, store, NOON);
    expect(store[SHAPE_KEY]).toBe(MIRROR_SHAPE);
    expect(store[logDayKey(TODAY)]).toMatchObject({ d: { entries: [w], gone: {} } });
    const onB = round(b, store, NOON + 1000);
    expect(onB.put).toEqual([w]);
    expect([...b.local.values()]).toEqual([w]);
    // Both agree: nothing more to write on either.
    expect(Object.keys(round(b, store, NOON + 2000).set)).toEqual([]);
    expect(Object.keys(round(a, store, NOON + 3000).set)).toEqual([]);
  });

  it('carries an undo as a tombstone, so the win leaves B too', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    const w = log(a, win(NOON - 60_000));
    round(a, store, NOON);
    round(b, store, NOON + 1000);
    a.local.delete(w.id);
    round(a, store, NOON + 20_000);
    const onB = round(b, store, NOON + 21_000);
    expect(onB.remove.map((e) => e.id)).toEqual([w.id]);
    expect(b.local.size).toBe(0);
  });

  it('keeps the later edit of the same entry on both computers', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    const w = log(a, win(NOON - 60_000));
    round(a, store, NOON);
    round(b, store, NOON);
    a.local.set(w.id, { ...w, felt: 2, updatedAt: NOON + 5000 } as typeof w);
    b.local.set(w.id, { ...w, felt: 5, updatedAt: NOON + 9000 } as typeof w);
    round(a, store, NOON + 10_000);
    round(b, store, NOON + 11_000);
    round(a, store, NOON + 12_000);
    expect(a.local.get(w.id)).toMatchObject({ felt: 5 });
    expect(holds(a)).toEqual(holds(b));
  });

  it('keeps both wins when the same step was done on both computers that day: each was logged', async () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    const onB = log(b, win(NOON - 120_000, 'c-walk'));
    const onA = log(a, win(NOON - 60_000, 'c-walk'));
    round(a, store, NOON);
    round(b, store, NOON + 1000);
    round(a, store, NOON + 2000);
    expect([...a.local.keys()].sort()).toEqual([onA.id, onB.id].sort());
    expect(holds(a)).toEqual(holds(b));
  });

  it('never sends entries older than the window, and takes days that left it out of the mirror', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    const old = log(a, win(NOON - 40 * DAY));
    const recent = log(a, win(NOON - 3 * DAY));
    // A day far outside the window, left by an older round.
    store[logDayKey(addDays(TODAY, -45))] = { at: 1, by: 'z', d: { entries: [], gone: {} } };
    round(a, store, NOON);
    expect(store[logDayKey(old.day)]).toBeUndefined();
    expect(store[logDayKey(addDays(TODAY, -45))]).toBeUndefined();
    round(b, store, NOON);
    expect([...b.local.keys()]).toEqual([recent.id]);
    // A keeps its whole history.
    expect(a.local.has(old.id)).toBe(true);
  });

  it('lets a computer back after 40 days send what it logged inside the window, and keep the rest', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    round(b, store, NOON - 40 * DAY);
    const away = log(b, win(NOON - 39 * DAY));
    const lately = log(b, checkin(NOON - 2 * DAY));
    log(a, win(NOON - DAY));
    round(a, store, NOON);
    round(b, store, NOON);
    round(a, store, NOON + 20_000);
    expect(a.local.has(lately.id)).toBe(true);
    expect(a.local.has(away.id)).toBe(false);
    expect(b.local.has(away.id)).toBe(true);
    expect(holds(a, addDays(TODAY, -(LOG_DAYS - 1)))).toEqual(
      holds(b, addDays(TODAY, -(LOG_DAYS - 1))),
    );
  });

  it('lets an undo on a computer whose clock is behind beat the version it saw', () => {
    const store: Record<string, unknown> = {};
    const ahead = computer('a', 5 * 60_000);
    const behind = computer('b', -5 * 60_000);
    const w = log(ahead, win(NOON + 4 * 60_000));
    round(ahead, store, NOON);
    round(behind, store, NOON);
    behind.local.delete(w.id);
    round(behind, store, NOON + 60_000);
    round(ahead, store, NOON + 120_000);
    expect(ahead.local.has(w.id)).toBe(false);
  });

  it('mirrors fewer days (never under 7) when 30 do not fit, and says when even 7 do not', () => {
    const a = computer('a');
    // About 6 KB of notes a day: 30 days would be 180 KB.
    for (let d = 0; d < 30; d++) log(a, checkin(NOON - d * DAY, 'n'.repeat(6000)));
    // A first round of A's log on `items`, asking for `days` days.
    const first = (items: Record<string, unknown>, days?: number) =>
      logRound({
        local: [...a.local.values()],
        known: {},
        items,
        me: 'a',
        now: NOON,
        today: TODAY,
        days,
        readable: () => true,
      });
    const r = first({});
    expect(r.fits).toBe(true);
    expect(r.days).toBeLessThan(LOG_DAYS);
    expect(r.days).toBeGreaterThanOrEqual(MIN_LOG_DAYS);
    expect(bytesOf(r.mirror)).toBeLessThanOrEqual(QUOTA_BYTES);
    // One more day would not have fitted.
    const more = first({}, r.days + 1);
    expect(more.days).toBe(r.days);
    // With a mirror already nearly full, not even 7 days fit: nothing of the log goes.
    const full = { big: 'x'.repeat(95_000) };
    const none = first(full);
    expect(none.fits).toBe(false);
    expect(none.days).toBe(MIN_LOG_DAYS);
  });

  it('leaves a day it cannot read alone: neither written over nor applied', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    log(a, checkin(NOON - 60_000, 'n'.repeat(9000)));
    round(a, store, NOON);
    const key = logDayKey(TODAY);
    expect(store[`${key}#2`]).toBeDefined();
    const torn = { ...store };
    delete torn[`${key}#2`];
    expect(readLogDays(torn, () => true).unreadable.has(TODAY)).toBe(true);
    const mine = log(b, win(NOON - 30_000));
    const r = round(b, store, NOON + 1000, { view: torn });
    expect(r.put).toEqual([]);
    expect(Object.keys(r.set).some((k) => k.startsWith(key))).toBe(false);
    // Once the day reads whole, B's win joins it.
    round(b, store, NOON + 20_000);
    round(a, store, NOON + 40_000);
    expect(a.local.has(mine.id)).toBe(true);
  });

  it('after an import on A while B is away, B keeps what it logged meanwhile and loses what A replaced', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    const before = log(a, win(NOON - 2 * DAY));
    round(a, store, NOON - DAY);
    round(b, store, NOON - DAY);
    // A imports a backup: its log is replaced by the file's.
    a.local.clear();
    const imported = log(a, checkin(NOON - 3 * DAY, 'from the file'));
    round(a, store, NOON);
    // B was away, and logged a win meanwhile.
    const meanwhile = log(b, win(NOON - 60_000));
    round(b, store, NOON + 60_000);
    round(a, store, NOON + 120_000);
    for (const c of [a, b]) {
      expect(c.local.has(before.id)).toBe(false);
      expect(c.local.has(imported.id)).toBe(true);
      expect(c.local.has(meanwhile.id)).toBe(true);
    }
  });

  it('keeps a win for a step deleted on the other computer, with its own words', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    a.plan.set('commitment.c-walk', { id: 'c-walk', valueId: 'v1', step: 'Walk' });
    round(a, store, NOON - DAY);
    round(b, store, NOON - DAY);
    expect(b.plan.has('commitment.c-walk')).toBe(true);
    a.plan.delete('commitment.c-walk');
    const w = log(b, win(NOON - 60_000, 'c-walk'));
    round(a, store, NOON);
    round(b, store, NOON + 1000);
    round(a, store, NOON + 2000);
    expect(a.plan.has('commitment.c-walk')).toBe(false);
    expect(a.local.get(w.id)).toMatchObject({
      commitmentId: 'c-walk',
      stepText: 'Walk for ten minutes',
    });
  });

  it('after a write that failed, sends the same changes next time', () => {
    const store: Record<string, unknown> = {};
    const a = computer('a');
    const b = computer('b');
    const w = log(a, win(NOON - 60_000));
    round(a, store, NOON);
    round(b, store, NOON);
    a.local.delete(w.id);
    const failed = round(a, store, NOON + 10_000, { fail: true });
    expect(Object.keys(failed.set)).toContain(logDayKey(TODAY));
    round(a, store, NOON + 20_000);
    round(b, store, NOON + 30_000);
    expect(b.local.has(w.id)).toBe(false);
  });

  it('keeps a day ahead of today (another clock past midnight) and applies it', () => {
    const store: Record<string, unknown> = {};
    const tomorrow = addDays(TODAY, 1);
    const a = computer('a');
    const b = computer('b');
    const late = log(a, checkin(new Date(`${tomorrow}T00:02:00`).getTime()));
    expect(late.day).toBe(tomorrow);
    round(a, store, new Date(`${tomorrow}T00:03:00`).getTime());
    round(b, store, new Date(`${TODAY}T23:58:00`).getTime());
    expect(b.local.has(late.id)).toBe(true);
    expect(store[logDayKey(tomorrow)]).toBeDefined();
    expect(dayKey(new Date(`${TODAY}T23:58:00`))).toBe(TODAY);
  });
});
