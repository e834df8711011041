import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { startScheduler } from './scheduler';

const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * The content store as the scheduler sees it: the embargoed stories' times and the clock of the
 * last publish that wrote. A lift that works is a publish at that moment (the clock moves to it);
 * one that fails leaves the clock where it was.
 */
function fakeStore(times: number[], clock: number) {
  const store = {
    times,
    clock,
    lifts: [] as number[],
    failing: 0,
    dueTimes: () => store.times.filter((time) => time > store.clock),
    lift: () => {
      store.lifts.push(Date.now());
      if (store.failing > 0) store.failing -= 1;
      else store.clock = Date.now();
    },
  };
  return store;
}

describe('the scheduler', () => {
  it('lifts a story due at 09:00 after 09:00:00 and by 09:00:15, and not before', () => {
    vi.setSystemTime(at('2026-11-29T08:58:30Z'));
    const store = fakeStore([at('2026-11-29T09:00:00Z')], Date.now());
    const scheduler = startScheduler({ dueTimes: store.dueTimes, now: () => Date.now(), lift: store.lift });
    vi.advanceTimersByTime(at('2026-11-29T09:00:00Z') - Date.now() - 1);
    expect(store.lifts).toEqual([]);
    vi.advanceTimersByTime(15_000);
    expect(store.lifts).toHaveLength(1);
    expect(store.lifts[0]).toBeGreaterThanOrEqual(at('2026-11-29T09:00:00Z'));
    expect(store.lifts[0]).toBeLessThanOrEqual(at('2026-11-29T09:00:15Z'));
    // Once lifted, not again.
    vi.advanceTimersByTime(10 * 60_000);
    expect(store.lifts).toHaveLength(1);
    scheduler.stop();
  });

  it('finds a story scheduled later (by git or the desk) within a minute, and lifts each in turn', () => {
    vi.setSystemTime(at('2026-11-29T08:00:00Z'));
    const store = fakeStore([], Date.now());
    const lifted: string[] = [];
    const scheduler = startScheduler({
      dueTimes: store.dueTimes,
      now: () => Date.now(),
      lift: () => {
        lifted.push(new Date(Date.now()).toISOString());
        store.lift();
      },
    });
    expect(scheduler.next()).toBeUndefined();
    store.times.push(at('2026-11-29T08:03:00Z'), at('2026-11-29T08:05:30Z'));
    vi.advanceTimersByTime(60_000);
    expect(scheduler.next()).toBe(at('2026-11-29T08:03:00Z'));
    vi.advanceTimersByTime(6 * 60_000);
    expect(lifted).toEqual(['2026-11-29T08:03:00.250Z', '2026-11-29T08:05:30.250Z']);
    scheduler.stop();
  });

  it('after rearm (a publish added an embargo), plans the new earliest time at once', () => {
    vi.setSystemTime(at('2026-11-29T08:00:00Z'));
    const store = fakeStore([at('2026-11-29T12:00:00Z')], Date.now());
    const scheduler = startScheduler({ dueTimes: store.dueTimes, now: () => Date.now(), lift: store.lift });
    store.times.push(at('2026-11-29T08:00:20Z'));
    scheduler.rearm();
    vi.advanceTimersByTime(21_000);
    expect(store.lifts).toEqual([at('2026-11-29T08:00:20.250Z')]);
    scheduler.stop();
  });

  it('a time that passed while nobody lifted it (the desk was down) is lifted at start', () => {
    vi.setSystemTime(at('2026-11-29T10:00:00Z'));
    const store = fakeStore([at('2026-11-29T09:00:00Z')], at('2026-11-29T08:00:00Z'));
    const scheduler = startScheduler({ dueTimes: store.dueTimes, now: () => Date.now(), lift: store.lift });
    expect(store.lifts).toEqual([at('2026-11-29T10:00:00Z')]);
    vi.advanceTimersByTime(10 * 60_000);
    expect(store.lifts).toHaveLength(1);
    scheduler.stop();
  });

  it('a lift that fails is tried again, sooner than the minute, then less and less often', () => {
    vi.setSystemTime(at('2026-11-29T08:59:00Z'));
    const store = fakeStore([at('2026-11-29T09:00:00Z')], Date.now());
    store.failing = 3;
    const scheduler = startScheduler({ dueTimes: store.dueTimes, now: () => Date.now(), lift: store.lift });
    vi.advanceTimersByTime(3 * 60_000);
    const seconds = store.lifts.map((time) => (time - at('2026-11-29T09:00:00Z')) / 1000);
    // Lifted at 09:00:00.25, failed; again 15 s, 30 s and 60 s after each failure; the fourth works.
    expect(seconds).toEqual([0.25, 15.25, 45.25, 105.25]);
    vi.advanceTimersByTime(30 * 60_000);
    expect(store.lifts).toHaveLength(4);
    scheduler.stop();
  });

  it('a database that does not answer when the timer is set does not lose the story', async () => {
    vi.setSystemTime(at('2026-11-29T08:59:30Z'));
    const store = fakeStore([at('2026-11-29T09:00:00Z')], Date.now());
    let down = true;
    const scheduler = startScheduler({
      dueTimes: () => (down ? Promise.reject(new Error('SQLITE_BUSY')) : Promise.resolve(store.dueTimes())),
      now: () => Date.now(),
      lift: store.lift,
    });
    await vi.advanceTimersByTimeAsync(45_000);
    expect(store.lifts).toEqual([]);
    down = false;
    // It asks again every 5 s while there is no answer; the first answer has the time passed: lifted.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(store.lifts).toEqual([at('2026-11-29T09:00:20Z')]);
    scheduler.stop();
  });

  it('stops: no lift after stop', () => {
    vi.setSystemTime(at('2026-11-29T08:00:00Z'));
    const store = fakeStore([at('2026-11-29T08:00:10Z')], Date.now());
    const scheduler = startScheduler({ dueTimes: store.dueTimes, now: () => Date.now(), lift: store.lift });
    scheduler.stop();
    vi.advanceTimersByTime(60_000);
    expect(store.lifts).toEqual([]);
  });
});
