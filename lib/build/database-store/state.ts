/**
 * content_state's rows:
 * - `version`: what servers compare to know the store changed. A random value, not a hash of
 *   the store: hashing the store would mean reading all of it on every publish.
 * - `clock`: the writer's now (ISO 8601) when every story's `listed` was last known right. A
 *   story whose embargo ends after it is unlisted; a publish lists the stories dated after the
 *   clock and not after its own now (lib/publish/store-reads.ts), so it never scans the archive
 *   for embargoes that ended.
 * - `content_dir`: the content folder the last build read (absolute), so a publish from another
 *   CONTENT_DIR is refused (lib/publish/publish.ts).
 */
import { randomBytes } from 'node:crypto';

import type { Writer } from './batches';

export const newVersion = () => randomBytes(8).toString('hex');

type StateName = 'version' | 'clock' | 'content_dir';

export async function readState(trx: Writer, name: StateName): Promise<string | undefined> {
  const row = await trx.selectFrom('content_state').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

export async function writeState(trx: Writer, name: StateName, value: string): Promise<void> {
  await trx
    .insertInto('content_state')
    .values({ name, value })
    .onConflict((conflict) => conflict.column('name').doUpdateSet({ value }))
    .execute();
}

export const readVersion = (trx: Writer) => readState(trx, 'version');
export const writeVersion = (trx: Writer, value: string) => writeState(trx, 'version', value);
export const readClock = (trx: Writer) => readState(trx, 'clock');
export const writeClock = (trx: Writer, now: Date) => writeState(trx, 'clock', now.toISOString());
