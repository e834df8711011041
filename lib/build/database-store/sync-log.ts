/** The build's one line about what it wrote into the database. */
import type { SyncResult } from './sync';

export function describeSync(result: SyncResult, where: string, ms: number): string {
  const { written } = result;
  if (!result.changed)
    return `Content store in the database (${where}): nothing changed, version ${result.version} kept (${ms} ms).`;
  const part = (count: number, removed: number, what: string) =>
    `${count} ${what}${removed > 0 ? ` (${removed} removed)` : ''}`;
  return (
    `Content store in the database (${where}): wrote ${part(written.stories, written.storiesRemoved, 'stories')}, ` +
    `${part(written.bodies, written.bodiesRemoved, 'bodies')}, ${part(written.documents, written.documentsRemoved, 'documents')}, ` +
    `${part(written.lists, written.listsRemoved, 'lists')}; version ${result.version} (${ms} ms).`
  );
}
