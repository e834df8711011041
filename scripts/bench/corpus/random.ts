/**
 * A small seeded pseudo-random generator (mulberry32). The corpus must be byte-for-byte
 * reproducible from its seed, so nothing in the generator may use Math.random or the clock.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * Picks with a Zipf-like bias towards the start of the list, as real tag use is skewed:
   * a few topics are everywhere, most are rare.
   */
  skewed<T>(items: readonly T[]): T {
    const index = Math.floor(items.length * this.next() ** 2.2);
    return items[Math.min(index, items.length - 1)] as T;
  }

  /** `count` distinct items, in the order drawn. */
  distinct<T>(items: readonly T[], count: number, draw: (items: readonly T[]) => T = (list) => this.pick(list)): T[] {
    const chosen = new Set<T>();
    for (let attempts = 0; chosen.size < Math.min(count, items.length) && attempts < count * 20; attempts++)
      chosen.add(draw(items));
    return [...chosen];
  }
}
