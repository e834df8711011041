/**
 * Every type's documents in a Contentlayer `generated` folder, as its `_index.json` lists them, in a
 * stable order: what the typing tests compare between a long-lived Contentlayer and a process of its
 * own (./typing-worker.test.ts, ./typing-daemon.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function generatedByType(generatedDir: string): Record<string, unknown[]> {
  const byType: Record<string, unknown[]> = {};
  for (const type of readdirSync(generatedDir).sort()) {
    const index = path.join(generatedDir, type, '_index.json');
    if (!existsSync(index)) continue;
    const documents = JSON.parse(readFileSync(index, 'utf8')) as { _id: string }[];
    byType[type] = documents.sort((a, b) => a._id.localeCompare(b._id));
  }
  return byType;
}
