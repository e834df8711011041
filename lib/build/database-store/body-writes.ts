/** Writing content_bodies: a build adds the missing bodies and drops unnamed ones; a publish only adds. */
import type { StoredArticle } from '../../content/store';
import type { DialectName } from '../../db/connection';
import { chunks, insertRows, KEYS_PER_STATEMENT, perStatement, type Writer } from './batches';
import { bodyKeysOf, type ReadBody } from './bodies';

/** Compiled bodies per INSERT: a few kilobytes each, so a statement stays around a megabyte. */
const BODIES_PER_STATEMENT = 200;

/** Makes the table hold exactly the bodies `named`, reading only the missing ones. */
export async function syncBodies(trx: Writer, dialect: DialectName, named: ReadonlySet<string>, read: ReadBody) {
  const have = new Set((await trx.selectFrom('content_bodies').select('key').execute()).map((row) => row.key));
  const missing = [...named].filter((key) => !have.has(key));
  // A statement's worth at a time: a cold build never holds every compiled body.
  for (const slice of chunks(missing, BODIES_PER_STATEMENT)) {
    await insertRows(
      trx,
      dialect,
      'content_bodies',
      slice.map((key) => ({ key, code: read(key) })),
      BODIES_PER_STATEMENT,
    );
  }
  const unnamed = [...have].filter((key) => !named.has(key));
  for (const slice of chunks(unnamed, KEYS_PER_STATEMENT)) {
    await trx.deleteFrom('content_bodies').where('key', 'in', slice).execute();
  }
  return { bodies: missing.length, bodiesRemoved: unnamed.length };
}

/**
 * A publish's bodies, added unless the database has them (bodies are named by a hash of their
 * source, so an existing key holds the same code). Bodies no story names any more stay until
 * the next build: finding them would mean asking every story.
 */
export async function addBodies(
  trx: Writer,
  dialect: DialectName,
  bodies: ReadonlyMap<string, string>,
  stories: readonly StoredArticle[],
): Promise<void> {
  const rows = [...bodies].map(([key, code]) => ({ key, code }));
  for (const slice of chunks(rows, perStatement(dialect, 2, BODIES_PER_STATEMENT))) {
    await trx
      .insertInto('content_bodies')
      .values(slice)
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute();
  }
  // A story whose body is nowhere would fail on its page: refuse the publish instead.
  const needed = new Map<string, string>();
  for (const story of stories)
    for (const key of bodyKeysOf(story)) if (!bodies.has(key)) needed.set(key, story.sourceFilePath);
  for (const slice of chunks([...needed.keys()], KEYS_PER_STATEMENT)) {
    const found = new Set(
      (await trx.selectFrom('content_bodies').select('key').where('key', 'in', slice).execute()).map((row) => row.key),
    );
    const absent = slice.find((key) => !found.has(key));
    if (absent !== undefined) {
      throw new Error(
        `${needed.get(absent)}: codeKey: the compiled body ${absent} is neither in this publish nor in the database — run npm run build:content`,
      );
    }
  }
}
