/**
 * One holder at a time, in the order they asked: a long-lived Contentlayer's scratch folder is
 * the request itself (its links), so the next caller may change it only once the previous one
 * has read its result (./typing-worker.ts, ./typing-daemon.ts).
 */
export class Turns {
  private last: Promise<void> = Promise.resolve();

  /** Waits for the previous holder to let go; the returned function lets go. */
  async take(): Promise<() => void> {
    const previous = this.last;
    const freed: { resolve?: () => void } = {};
    this.last = new Promise<void>((resolve) => {
      freed.resolve = resolve;
    });
    await previous;
    return () => freed.resolve?.();
  }
}
