import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { startScheduler } from './scheduler';

const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the scheduler', () => {
  it('lifts a story due at 09:00 after 09:00:00 and by 09:00:15, and not before', () => {
    vi.setSystemTime(at('2026-11-29T08:58:30Z'));
    const lifts: number[] = [];
    const due = [at('2026-11-29T09:00:00Z')];
    const scheduler = startScheduler({
      dueTimes: () => due.filter((time) => time > Date.now()),
      now: () => Date.now(),
      lift: () => lifts.push(Date.now()),
    });
    vi.advanceTimersByTime(at('2026-11-29T09:00:00Z') - Date.now() - 1);
    expect(lifts).toEqual([]);
    vi.advanceTimersByTime(15_000);
    expect(lifts).toHaveLength(1);
    expect(lifts[0]).toBeGreaterThanOrEqual(at('2026-11-29T09:00:00Z'));
    expect(lifts[0]).toBeLessThanOrEqual(at('2026-11-29T09:00:15Z'));
    // Once lifted, not again.
    vi.advanceTimersByTime(10 * 60_000);
    expect(lifts).toHaveLength(1);
    scheduler.stop();
  });

  it('finds a story scheduled later (by git or the desk) within a minute, and lifts each in turn', () => {
    vi.setSystemTime(at('2026-11-29T08:00:00Z'));
    const lifts: string[] = [];
    const due: number[] = [];
    const scheduler = startScheduler({
      dueTimes: () => due,
      now: () => Date.now(),
      lift: () => lifts.push(new Date(Date.now()).toISOString()),
    });
    expect(scheduler.next()).toBeUndefined();
    due.push(at('2026-11-29T08:03:00Z'), at('2026-11-29T08:05:30Z'));
    vi.advanceTimersByTime(60_000);
    expect(scheduler.next()).toBe(at('2026-11-29T08:03:00Z'));
    vi.advanceTimersByTime(6 * 60_000);
    expect(lifts).toEqual(['2026-11-29T08:03:00.250Z', '2026-11-29T08:05:30.250Z']);
    scheduler.stop();
  });

  it('after rearm (a publish added an embargo), plans the new earliest time at once', () => {
    vi.setSystemTime(at('2026-11-29T08:00:00Z'));
    const due = [at('2026-11-29T12:00:00Z')];
    const lifts: number[] = [];
    const scheduler = startScheduler({
      dueTimes: () => due,
      now: () => Date.now(),
      lift: () => lifts.push(Date.now()),
    });
    due.push(at('2026-11-29T08:00:20Z'));
    scheduler.rearm();
    vi.advanceTimersByTime(21_000);
    expect(lifts).toEqual([at('2026-11-29T08:00:20.250Z')]);
    scheduler.stop();
  });

  it('stops: no lift after stop', () => {
    vi.setSystemTime(at('2026-11-29T08:00:00Z'));
    const lifts: number[] = [];
    const scheduler = startScheduler({
      dueTimes: () => [at('2026-11-29T08:00:10Z')],
      now: () => Date.now(),
      lift: () => lifts.push(1),
    });
    scheduler.stop();
    vi.advanceTimersByTime(60_000);
    expect(lifts).toEqual([]);
  });
});
