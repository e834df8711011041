// @ts-check
/**
 * The pictures publishes stored in the database (content_pictures,
 * lib/db/migrations/110-content-pictures.ts; written by lib/publish/pictures.ts), read by
 * public-files.js for a picture this host's disk does not have: on several hosts that share only
 * the database, a picture the desk uploaded on the publishing host reaches every instance.
 *
 * Plain JavaScript, as the rest of server/, on the process's one database (lib/db/holder.js: the
 * Kysely instance lib/content, the route guard and the search delta's route share), at the
 * location lib/db/location.js names (DATABASE_URL, else .dateline/dateline.sqlite), the same one
 * the publish wrote to. Read only; one lookup by primary key per request.
 *
 * No database yet (a site that never published a picture), or no table yet (a database the
 * migrations have not reached): no stored pictures, tried again on the next request. A database
 * that fails (PostgreSQL down): the lookup throws, and public-files.js answers 503.
 */
import { existsSync } from 'node:fs';

import { heldDatabase, holdsDatabase, releaseHeldDatabase } from '../lib/db/holder.js';
import { isMissingTable } from '../lib/db/open-database.js';

/**
 * @typedef {object} StoredPicture
 * @property {string} path the address, decoded: /images/articles/crane.jpg
 * @property {Buffer} bytes
 * @property {string} contentType
 * @property {string} sha256 hex
 * @property {string} addedAt ISO 8601
 *
 * @typedef {object} PictureStore
 * @property {(path: string) => Promise<StoredPicture | undefined>} find
 * @property {() => Promise<void>} close
 */

/**
 * @param {any} row
 * @returns {StoredPicture}
 */
const pictureOf = (row) => ({
  path: row.path,
  bytes: Buffer.from(row.bytes),
  contentType: row.content_type,
  sha256: row.sha256,
  addedAt: row.added_at,
});

/**
 * The pictures at `location`, through the process's database (which `location` must be: the
 * server passes databaseLocation() for its own folder).
 * @param {import('../lib/db/location.js').DatabaseLocation} location
 * @returns {PictureStore}
 */
export function storedPictures(location) {
  return {
    async find(path) {
      // Never created: opening would create an empty one.
      if (location.dialect === 'sqlite' && !holdsDatabase() && !existsSync(location.target)) return undefined;
      const { db } = heldDatabase(location).database;
      try {
        const row = await db
          .selectFrom('content_pictures')
          .select(['path', 'bytes', 'content_type', 'sha256', 'added_at'])
          .where('path', '=', path)
          .executeTakeFirst();
        return row ? pictureOf(row) : undefined;
      } catch (error) {
        if (isMissingTable(error)) return undefined;
        throw error;
      }
    },
    close: releaseHeldDatabase,
  };
}
