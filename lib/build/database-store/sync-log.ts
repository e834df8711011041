/** The build's one line about what it wrote into the database. */
import type { SyncResult } from './sync';

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Manifest rows (lib/db/migrations/130-content-files.ts) written and removed. */
const manifestRows = (written: number, removed: number) =>
  `${counted(written, 'file', 'files')}${removed > 0 ? ` (${removed} removed)` : ''}`;

export function describeSync(result: SyncResult, where: string, ms: number): string {
  const { written } = result;
  const head = `Content store in the database (${where})`;
  const files = result.files.written + result.files.removed;
  const manifest = files > 0 ? `; manifest: ${manifestRows(result.files.written, result.files.removed)}` : '';
  if (!result.changed) return `${head}: nothing changed${manifest}, version ${result.version} kept (${ms} ms).`;
  const part = (count: number, removed: number, one: string, many: string) =>
    `${counted(count, one, many)}${removed > 0 ? ` (${removed} removed)` : ''}`;
  return (
    `${head}: wrote ${part(written.stories, written.storiesRemoved, 'story', 'stories')}, ` +
    `${part(written.bodies, written.bodiesRemoved, 'body', 'bodies')}, ` +
    `${part(written.documents, written.documentsRemoved, 'document', 'documents')}, ` +
    `${part(written.lists, written.listsRemoved, 'list', 'lists')}${manifest}; version ${result.version} (${ms} ms).`
  );
}
