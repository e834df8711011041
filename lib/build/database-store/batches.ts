/**
 * Multi-row statements that stay under each database's limit on bound values: SQLite's
 * SQLITE_MAX_VARIABLE_NUMBER (32,766 since 3.32, what better-sqlite3 builds) and PostgreSQL's
 * 65,535 parameters per statement (its wire protocol counts them in 16 bits).
 */
import type { Insertable, Transaction } from 'kysely';

import type { DialectName } from '../../db/connection';
import type { DatabaseSchema } from '../../db/schema';

export type Writer = Transaction<DatabaseSchema>;

const MAX_VALUES: Record<DialectName, number> = { sqlite: 32_766, postgres: 65_535 };

/** Keys per `in (…)` list: well under both limits, and one statement for nearly every change. */
export const KEYS_PER_STATEMENT = 5_000;

/** Slices of `items`, each at most `size` long. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** How many items with `valuesEach` bound values fit in one statement (at most `cap`). */
export function perStatement(dialect: DialectName, valuesEach: number, cap = Number.POSITIVE_INFINITY): number {
  return Math.max(1, Math.min(cap, Math.floor(MAX_VALUES[dialect] / valuesEach)));
}

/**
 * Inserts `rows` (all with the same columns) in as few statements as the limit allows.
 * `cap` bounds the rows per statement where rows are large (compiled bodies), so that one
 * statement never holds hundreds of megabytes.
 */
export async function insertRows<T extends keyof DatabaseSchema>(
  trx: Writer,
  dialect: DialectName,
  table: T,
  rows: readonly Insertable<DatabaseSchema[T]>[],
  cap?: number,
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const size = perStatement(dialect, Object.keys(first).length, cap);
  for (const slice of chunks(rows, size)) {
    // Kysely cannot type a table chosen at run time; the rows are typed by the caller.
    await trx.insertInto(table).values(slice).execute();
  }
  return rows.length;
}
