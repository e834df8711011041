/**
 * What a server has stored, to compare before and after a run of requests: every file under
 * .next with its size, and every Redis key with the bytes Redis reports for it (MEMORY USAGE).
 * Compared key by key and file by file, so a page written in place of another still shows.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { createClient } from '@redis/client';

export interface Stored {
  /** Path (or key) → bytes. */
  entries: Map<string, number>;
  bytes: number;
}

const stored = (entries: Map<string, number>): Stored => ({
  entries,
  bytes: [...entries.values()].reduce((sum, size) => sum + size, 0),
});

export function filesUnder(dir: string): Stored {
  const entries = new Map<string, number>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else entries.set(path.relative(dir, file), statSync(file).size);
    }
  };
  walk(dir);
  return stored(entries);
}

export async function redisKeys(port: number): Promise<Stored> {
  const redis = createClient({ url: `redis://127.0.0.1:${port}` });
  await redis.connect();
  try {
    const entries = new Map<string, number>();
    for await (const batch of redis.scanIterator({ COUNT: 500 })) {
      for (const key of batch) entries.set(key, (await redis.memoryUsage(key)) ?? 0);
    }
    return stored(entries);
  } finally {
    redis.destroy();
  }
}

/** What `after` has that `before` had not, or had with another size. */
export function grownSince(before: Stored, after: Stored): string[] {
  const grown: string[] = [];
  for (const [name, size] of after.entries) {
    const was = before.entries.get(name);
    if (was === undefined) grown.push(`${name}: new, ${size} bytes`);
    else if (was !== size) grown.push(`${name}: ${was} → ${size} bytes`);
  }
  return grown;
}
