// @ts-check
/**
 * The pictures publishes stored in the database (content_pictures,
 * lib/db/migrations/110-content-pictures.ts; written by lib/publish/pictures.ts), read by
 * public-files.js for a picture this host's disk does not have: on several hosts that share only
 * the database, a picture the desk uploaded on the publishing host reaches every instance.
 *
 * Plain JavaScript with plain SQL, as the rest of server/: better-sqlite3 or pg directly, at the
 * database lib/db/location.js names (DATABASE_URL, else .dateline/dateline.sqlite), the same one
 * the publish wrote to. Read only; one lookup by primary key per request.
 *
 * No database yet (a site that never published a picture), or no table yet (a database the
 * migrations have not reached): no stored pictures, tried again on the next request. A database
 * that fails (PostgreSQL down): the lookup throws, and public-files.js answers 503.
 */
import { existsSync } from 'node:fs';

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

const COLUMNS = 'path, bytes, content_type, sha256, added_at';

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
 * @param {import('../lib/db/location.js').DatabaseLocation} location
 * @returns {PictureStore}
 */
export function storedPictures(location) {
  return location.dialect === 'postgres' ? onPostgres(location.target) : onSqlite(location.target);
}

/**
 * @param {string} file
 * @returns {PictureStore}
 */
function onSqlite(file) {
  /** @type {import('better-sqlite3').Database | undefined} */
  let database;
  /** @type {import('better-sqlite3').Statement | undefined} */
  let lookup;

  async function open() {
    if (!existsSync(file)) return undefined; // never created: opening would create an empty one
    const { default: SQLite } = await import('better-sqlite3');
    database ??= new SQLite(file, { fileMustExist: true });
    // A publish writing at the same moment holds the file for milliseconds: wait, do not fail.
    database.pragma('busy_timeout = 5000');
    try {
      lookup = database.prepare(`select ${COLUMNS} from content_pictures where path = ?`);
    } catch (error) {
      if (!/no such table/i.test(/** @type {Error} */ (error).message)) throw error;
    }
    return lookup;
  }

  return {
    async find(path) {
      const statement = lookup ?? (await open());
      const row = statement?.get(path);
      return row ? pictureOf(row) : undefined;
    },
    async close() {
      database?.close();
      database = undefined;
      lookup = undefined;
    },
  };
}

/**
 * @param {string} url
 * @returns {PictureStore}
 */
function onPostgres(url) {
  /** @type {Promise<import('pg').Pool> | undefined} */
  let pool;
  const connect = async () => {
    const { default: pg } = await import('pg');
    const created = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection the server drops (a restart) must not take the site down with it.
    created.on('error', (error) => console.error(`npm start: picture database connection lost: ${error.message}`));
    return created;
  };

  return {
    async find(path) {
      pool ??= connect();
      try {
        const { rows } = await (await pool).query(`select ${COLUMNS} from content_pictures where path = $1`, [path]);
        return rows[0] ? pictureOf(rows[0]) : undefined;
      } catch (error) {
        // undefined_table: the migrations have not reached this database yet.
        if (/** @type {{ code?: string }} */ (error).code === '42P01') return undefined;
        throw error;
      }
    },
    async close() {
      const closing = pool;
      pool = undefined;
      await (await closing)?.end();
    },
  };
}
