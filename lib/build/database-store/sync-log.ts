/** The build's one line about what it wrote into the database. */
import type { SyncResult } from './sync';

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function describeSync(result: SyncResult, where: string, ms: number): string {
  const { written } = result;
  const head = `Content store in the database (${where})`;
  if (!result.changed) return `${head}: nothing changed, version ${result.version} kept (${ms} ms).`;
  const part = (count: number, removed: number, one: string, many: string) =>
    `${counted(count, one, many)}${removed > 0 ? ` (${removed} removed)` : ''}`;
  return (
    `${head}: wrote ${part(written.stories, written.storiesRemoved, 'story', 'stories')}, ` +
    `${part(written.bodies, written.bodiesRemoved, 'body', 'bodies')}, ` +
    `${part(written.documents, written.documentsRemoved, 'document', 'documents')}, ` +
    `${part(written.lists, written.listsRemoved, 'list', 'lists')}; version ${result.version} (${ms} ms).`
  );
}
