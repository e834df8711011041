/**
 * content_state's `version`: what servers compare to know the store changed. A random value,
 * not a hash of the store: hashing the store would mean reading all of it on every publish.
 */
import { randomBytes } from 'node:crypto';

import type { Writer } from './batches';

export const newVersion = () => randomBytes(8).toString('hex');

export async function readVersion(trx: Writer): Promise<string | undefined> {
  const row = await trx.selectFrom('content_state').select('value').where('name', '=', 'version').executeTakeFirst();
  return row?.value;
}

export async function writeVersion(trx: Writer, value: string): Promise<void> {
  await trx
    .insertInto('content_state')
    .values({ name: 'version', value })
    .onConflict((conflict) => conflict.column('name').doUpdateSet({ value }))
    .execute();
}
