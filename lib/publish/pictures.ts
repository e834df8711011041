/**
 * A publish copies the pictures its stories name into the database (content_pictures,
 * lib/db/migrations/110-content-pictures.ts), so that every instance serves them, not only the one
 * whose public/ the editor or the desk put them in (server/public-files.js reads them back;
 * docs/decisions/053-pictures-and-search-in-the-database.md).
 *
 * Which pictures: every one named (lib/validation/named-pictures.ts) by a file this publish
 * accepted, whether the story is visible yet or not, so an embargoed story's pictures are there
 * when its embargo lifts without a new edit. A picture the table already has with the same bytes
 * is not written again (its SHA-256 says so), so a correction costs reading and hashing its
 * pictures, not copying them. A picture that was part of the build is copied too the first time
 * a story naming it is published again: nothing a publish can read in constant time says what
 * the build's public/ held, and the copy is harmless, since every server prefers its own disk.
 *
 * Written before the journal and the store swap: no reader can be sent a page naming a picture
 * that another instance cannot serve yet, and a publish that fails here has changed nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

import type { Database } from '../db/connection';
import { databaseLocation } from '../db/connection';
import { withDatabase } from '../db/process-database';
import { PublishError } from './publish-error';

/**
 * The picture types the database holds, by extension, with the type they are served with: the
 * pictures among the public file types server/public-files.js serves (its test checks they agree).
 */
export const PICTURE_TYPES: Readonly<Record<string, string>> = {
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

// Paths per `in (…)` and pictures per insert: under both databases' parameter limits, and a
// few megabytes per statement at most.
const BATCH = 100;

/**
 * A path the server would serve: from the site root, no empty, dot or dot-file segment, no
 * backslash, a picture type. The content check refuses the rest before a publish gets here.
 */
function pictureType(sitePath: string): string | undefined {
  const parts = sitePath.split('/');
  if (parts[0] !== '' || sitePath.includes('\\') || sitePath.includes('\0')) return undefined;
  if (parts.slice(1).some((part) => part === '' || part.startsWith('.'))) return undefined;
  return PICTURE_TYPES[path.posix.extname(sitePath).toLowerCase()];
}

interface Picture {
  path: string;
  bytes: Buffer;
  content_type: string;
  sha256: string;
}

/** Reads a picture from public/; undefined when it is not a plain picture file inside it. */
function readPicture(publicDir: string, sitePath: string): Picture | undefined {
  const type = pictureType(sitePath);
  if (!type) return undefined;
  const root = realpathSync(publicDir);
  let file: string;
  try {
    file = realpathSync(path.join(root, ...sitePath.split('/')));
  } catch {
    throw new Error(`${sitePath} is named by a story being published but is not under ${publicDir}`);
  }
  // A symbolic link out of public/ is not the site's picture: the server would not serve it either.
  if (!file.startsWith(root + path.sep) || !statSync(file).isFile()) return undefined;
  const bytes = readFileSync(file);
  return { path: sitePath, bytes, content_type: type, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Puts each named picture that the table lacks, or has with other bytes, into content_pictures,
 * in one transaction. Returns the paths written and how many were there already.
 */
export async function storePictures(
  database: Database,
  publicDir: string,
  sitePaths: Iterable<string>,
  now: Date = new Date(),
): Promise<{ written: string[]; unchanged: number }> {
  const pictures = [...new Set(sitePaths)].sort().flatMap((sitePath) => readPicture(publicDir, sitePath) ?? []);
  const stored = new Map<string, string>();
  for (const batch of chunks(pictures, BATCH)) {
    const rows = await database.db
      .selectFrom('content_pictures')
      .select(['path', 'sha256'])
      .where(
        'path',
        'in',
        batch.map((picture) => picture.path),
      )
      .execute();
    for (const row of rows) stored.set(row.path, row.sha256);
  }
  const changed = pictures.filter((picture) => stored.get(picture.path) !== picture.sha256);
  const addedAt = now.toISOString();
  await database.db.transaction().execute(async (trx) => {
    for (const batch of chunks(changed, BATCH)) {
      await trx
        .insertInto('content_pictures')
        .values(batch.map((picture) => ({ ...picture, size: picture.bytes.length, added_at: addedAt })))
        .onConflict((conflict) =>
          conflict.column('path').doUpdateSet((update) => ({
            bytes: update.ref('excluded.bytes'),
            content_type: update.ref('excluded.content_type'),
            sha256: update.ref('excluded.sha256'),
            size: update.ref('excluded.size'),
            added_at: update.ref('excluded.added_at'),
          })),
        )
        .execute();
    }
  });
  return { written: changed.map((picture) => picture.path), unchanged: pictures.length - changed.length };
}

/**
 * The publish's step: the pictures named by the files it accepted (`named` is the content check's
 * ValidationResult.pictures), into the database DATABASE_URL names. Opens the database only when
 * some picture is named.
 */
export async function publishPictures(
  options: { root: string; publicDir: string; log: (line: string) => void },
  named: ReadonlyMap<string, readonly string[]>,
  accepted: readonly string[],
): Promise<void> {
  const sitePaths = new Set(accepted.flatMap((file) => named.get(file) ?? []));
  if (sitePaths.size === 0) return;
  const started = performance.now();
  try {
    const { written, unchanged } = await withDatabase(
      (database) => storePictures(database, options.publicDir, sitePaths),
      databaseLocation(undefined, options.root),
    );
    if (written.length > 0) {
      options.log(
        `Stored ${written.length} ${written.length === 1 ? 'picture' : 'pictures'} for every instance ` +
          `(${unchanged} already there) in ${Math.round(performance.now() - started)} ms.`,
      );
    }
  } catch (error) {
    throw new PublishError(
      `the pictures of the stories could not be stored in the database (${(error as Error).message}); ` +
        'nothing was published: run npm run publish again once it answers',
    );
  }
}
