import { describe, expect, it } from 'vitest';

import { formatSeconds, type ProgressStream, start, ticking, tickingAsync } from './progress';

/** A stream that keeps what is written, and a clock the test moves. */
function fixture(isTTY: boolean) {
  const written: string[] = [];
  const stream: ProgressStream = { isTTY, write: (text: string) => written.push(text) };
  let time = 1_000;
  return {
    written,
    stream,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('progress, not a terminal', () => {
  it('stays quiet for work done within the interval, final line included', () => {
    const f = fixture(false);
    const progress = start('Checking content', 300, { stream: f.stream, now: f.now, every: 5_000 });
    for (let i = 0; i < 300; i++) {
      f.advance(10);
      progress.tick();
    }
    progress.done();
    expect(f.written).toEqual([]);
  });

  it('prints a plain line at most every interval, with count, percent, rate and time left, then a final line', () => {
    const f = fixture(false);
    const progress = start('Checking content', 100_000, { stream: f.stream, now: f.now, every: 5_000 });
    // 2,100 files a second, one tick every 100 ms (210 files each), for 12 s.
    for (let i = 0; i < 120; i++) {
      f.advance(100);
      progress.tick(210);
    }
    progress.done();
    expect(f.written).toEqual([
      'Checking content: 10,500 of 100,000 (10 %), 2,100/s, about 43 s left\n',
      'Checking content: 21,000 of 100,000 (21 %), 2,100/s, about 38 s left\n',
      'Checking content: 25,200 done in 12 s\n',
    ]);
  });

  it('reads its interval from DATELINE_PROGRESS_EVERY_MS by default (5 s)', () => {
    const f = fixture(false);
    const progress = start('Indexing stories', 10, { stream: f.stream, now: f.now });
    f.advance(4_999);
    progress.tick();
    expect(f.written).toEqual([]);
    f.advance(1);
    progress.tick();
    expect(f.written).toEqual(['Indexing stories: 2 of 10 (20 %), 0.4/s, about 20 s left\n']);
  });
});

describe('progress on a terminal', () => {
  it('redraws one line at most ten times a second and ends it with the final line', () => {
    const f = fixture(true);
    const progress = start('Typing stories', 1_000, { stream: f.stream, now: f.now });
    for (let i = 0; i < 10; i++) {
      f.advance(50);
      progress.tick(50);
    }
    progress.done();
    expect(f.written).toEqual([
      '\rTyping stories: 100 of 1,000 (10 %), 1,000/s, about 1 s left\x1b[K',
      '\rTyping stories: 200 of 1,000 (20 %), 1,000/s, about 1 s left\x1b[K',
      '\rTyping stories: 300 of 1,000 (30 %), 1,000/s, about 1 s left\x1b[K',
      '\rTyping stories: 400 of 1,000 (40 %), 1,000/s, about 1 s left\x1b[K',
      '\rTyping stories: 500 of 1,000 (50 %), 1,000/s, about 1 s left\x1b[K',
      '\rTyping stories: 500 done in 1 s\x1b[K\n',
    ]);
  });

  it('writes nothing for work done within a tenth of a second', () => {
    const f = fixture(true);
    const progress = start('Typing stories', 3, { stream: f.stream, now: f.now });
    progress.tick(3);
    progress.done();
    expect(f.written).toEqual([]);
  });
});

describe("a step's own lines", () => {
  it('on a terminal, clear the progress line, print, and draw it again', () => {
    const f = fixture(true);
    const out: string[] = [];
    const progress = start('Typing stories', 20, {
      stream: f.stream,
      now: f.now,
      out: { write: (t: string) => out.push(t) },
    });
    f.advance(200);
    progress.tick(10);
    progress.log('Contentlayer shard 1/2: 10 stories in 0.2 s');
    expect(out).toEqual(['Contentlayer shard 1/2: 10 stories in 0.2 s\n']);
    expect(f.written).toEqual([
      '\rTyping stories: 10 of 20 (50 %), 50/s, about 0 s left\x1b[K',
      '\r\x1b[K',
      'Typing stories: 10 of 20 (50 %), 50/s, about 0 s left\x1b[K',
    ]);
  });

  it('elsewhere, only print', () => {
    const f = fixture(false);
    const out: string[] = [];
    const progress = start('Indexing stories', 20, {
      stream: f.stream,
      now: f.now,
      every: 0,
      out: { write: (t: string) => out.push(t) },
    });
    progress.tick();
    progress.log('  2026: 20 stories in 900 ms');
    expect(out).toEqual(['  2026: 20 stories in 900 ms\n']);
    expect(f.written).toHaveLength(1);
  });
});

describe('formatSeconds', () => {
  it('says seconds, minutes or hours', () => {
    expect(formatSeconds(42.4)).toBe('42 s');
    expect(formatSeconds(185)).toBe('3 min 5 s');
    expect(formatSeconds(3_720)).toBe('1 h 2 min');
  });
});

describe('ticking', () => {
  it('ticks once per item, also when the loop continues past one', () => {
    const f = fixture(false);
    const progress = start('Files', 4, { stream: f.stream, now: f.now, every: 0 });
    const seen: number[] = [];
    for (const n of ticking([1, 2, 3, 4], progress)) {
      if (n % 2 === 0) continue;
      seen.push(n);
    }
    progress.done();
    expect(seen).toEqual([1, 3]);
    expect(f.written.at(-1)).toBe('Files: 4 done in 0 s\n');
  });

  it('ticks once per item that arrives asynchronously, also when the loop continues past one', async () => {
    const f = fixture(false);
    const progress = start('Stories', 4, { stream: f.stream, now: f.now, every: 0 });
    async function* arriving() {
      for (const n of [1, 2, 3, 4]) yield await Promise.resolve(n);
    }
    const seen: number[] = [];
    for await (const n of tickingAsync(arriving(), progress)) {
      if (n % 2 === 0) continue;
      seen.push(n);
    }
    progress.done();
    expect(seen).toEqual([1, 3]);
    expect(f.written.at(-1)).toBe('Stories: 4 done in 0 s\n');
  });
});
