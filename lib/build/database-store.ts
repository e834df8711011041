/**
 * The content store in the database (issue 24; the tables: lib/db/migrations/100-content-store.ts).
 * Two ways in, each one transaction, so a reader or a `kill -9` sees the store before or after:
 * - syncStore: a full build's whole store, writing only what differs (a warm build writes nothing);
 * - applyChanges: a publish's stories leaving and coming, touching only their rows and lists.
 * Each also writes the publish manifest's rows (./database-store/file-writes.ts) in its transaction.
 */
export {
  applyChanges,
  applyFileChanges,
  type ApplyResult,
  NEVER_BUILT,
  type StoreChange,
} from './database-store/apply';
export { bodiesOf, readCompiledBody } from './database-store/bodies';
export type { StoreDocuments } from './database-store/documents';
export { type FileChange, type ManifestFiles } from './database-store/file-writes';
export {
  type SyncContent,
  type SyncCounts,
  type SyncOptions,
  type SyncResult,
  syncStore,
  type WriteOptions,
} from './database-store/sync';
export { describeSync } from './database-store/sync-log';
export { describeDatabase } from './database-store/where';
