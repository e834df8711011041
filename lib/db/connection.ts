/**
 * The one database Dateline keeps (docs/decisions/034): an embedded SQLite file by
 * default, PostgreSQL when DATABASE_URL says so. Everything that stores rows (the desk's
 * accounts and publish queue, the content store) goes through a Kysely instance opened by
 * ./open-database.js, so the same queries run on both. A long-lived process shares one:
 * ./holder.js.
 */
export type { DatabaseLocation, DialectName } from './location';
export { databaseLocation, defaultSqliteFile, describeLocation } from './location';
export type { Database } from './open-database';
export { isMissingTable, openDatabase } from './open-database';
