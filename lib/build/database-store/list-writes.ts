/**
 * Writing content_lists. A build counts every list from the stories it goes through and writes
 * the rows that differ. A publish moves the counts of the lists its stories leave and join by
 * the difference it makes (count + n): reading a list's count is one row, where counting it
 * again would read every entry of `all` or of a big section, and a list that falls to 0 loses
 * its row. A touched tag's display form is read from the tag's own index range.
 */
import type { Insertable } from 'kysely';

import type { DialectName } from '../../db/connection';
import type { ContentListKind, ContentListTable } from '../../db/schema';
import { chunks, insertRows, KEYS_PER_STATEMENT, type Writer } from './batches';
import { listId, type ListRef, listsOf, type ListTally, type Membership } from './lists';

/** The keys of `lists` by kind: one statement per kind reaches them through the table's key. */
function keysByKind(lists: readonly ListRef[]): Map<ContentListKind, string[]> {
  const byKind = new Map<ContentListKind, string[]>();
  for (const { kind, key } of lists) {
    const keys = byKind.get(kind) ?? [];
    keys.push(key);
    byKind.set(kind, keys);
  }
  return byKind;
}

async function deleteLists(trx: Writer, lists: readonly ListRef[]): Promise<void> {
  for (const [kind, keys] of keysByKind(lists)) {
    for (const slice of chunks(keys, KEYS_PER_STATEMENT)) {
      await trx.deleteFrom('content_lists').where('kind', '=', kind).where('key', 'in', slice).execute();
    }
  }
}

/** The rows of `lists` the table has now, by listId (point lookups on its key). */
async function readLists(trx: Writer, lists: readonly ListRef[]) {
  const found = new Map<string, { name: string; count: number }>();
  for (const [kind, keys] of keysByKind(lists)) {
    for (const slice of chunks(keys, KEYS_PER_STATEMENT)) {
      const rows = await trx
        .selectFrom('content_lists')
        .select(['key', 'name', 'count'])
        .where('kind', '=', kind)
        .where('key', 'in', slice)
        .execute();
      for (const row of rows) found.set(listId({ kind, key: row.key }), { name: row.name, count: row.count });
    }
  }
  return found;
}

/** Makes the table hold exactly the lists `tally` counted, touching only rows that differ. */
export async function syncLists(trx: Writer, dialect: DialectName, tally: ListTally) {
  const wanted = tally.rows();
  const current = await trx.selectFrom('content_lists').selectAll().execute();
  const same = (row: (typeof current)[number]) => {
    const next = wanted.get(listId(row));
    return next?.name === row.name && next.count === row.count;
  };
  const stale = current.filter((row) => !same(row));
  await deleteLists(trx, stale);
  const kept = new Set(current.filter(same).map(listId));
  const fresh: Insertable<ContentListTable>[] = [...wanted.values()].filter(
    (row) => !kept.has(listId({ kind: row.kind, key: row.key })),
  );
  await insertRows(trx, dialect, 'content_lists', fresh);
  const replaced = new Set(fresh.map((row) => listId({ kind: row.kind, key: row.key })));
  return { lists: fresh.length, listsRemoved: stale.filter((row) => !replaced.has(listId(row))).length };
}

/** The display form of each tag in `keys` that listed stories carry, from the tags' index ranges. */
export async function tagNames(trx: Writer, keys: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const slice of chunks(keys, KEYS_PER_STATEMENT)) {
    const rows = await trx
      .selectFrom('content_story_tags')
      .select((eb) => ['tag_key', 'tag', eb.fn.countAll().as('uses'), eb.fn.max('date_ms').as('newest')])
      .where('listed', '=', 1)
      .where('tag_key', 'in', slice)
      .groupBy(['tag_key', 'tag'])
      .execute();
    const byKey = new Map<string, { form: string; uses: number; newest: number }[]>();
    for (const row of rows) {
      const forms = byKey.get(row.tag_key) ?? [];
      forms.push({ form: row.tag, uses: Number(row.uses), newest: row.newest });
      byKey.set(row.tag_key, forms);
    }
    for (const [key, forms] of byKey) names.set(key, await choose(trx, key, forms));
  }
  return names;
}

/** Most used; then the spelling of the newest story; at the same instant, the first slug's. */
async function choose(trx: Writer, key: string, forms: { form: string; uses: number; newest: number }[]) {
  const most = Math.max(...forms.map((form) => form.uses));
  const used = forms.filter((form) => form.uses === most);
  const newest = Math.max(...used.map((form) => form.newest));
  const tied = used.filter((form) => form.newest === newest);
  if (tied.length === 1) return (tied[0] as { form: string }).form;
  // Two spellings whose newest stories share an instant: rare enough for a second look.
  const firsts = await trx
    .selectFrom('content_story_tags')
    .select((eb) => ['tag', eb.fn.min('slug').as('slug')])
    .where('tag_key', '=', key)
    .where('listed', '=', 1)
    .where('date_ms', '=', newest)
    .where(
      'tag',
      'in',
      tied.map((form) => form.form),
    )
    .groupBy('tag')
    .execute();
  firsts.sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return firsts[0]?.tag ?? (tied[0] as { form: string }).form;
}

/**
 * Moves the lists a publish touches: every list a replaced story was counted in loses it, every
 * list a new one is counted in gains it, each touched tag's name is read again. Rows of lists
 * the publish does not touch are neither read nor written. Returns the rows it wrote.
 */
export async function moveLists(
  trx: Writer,
  before: readonly Membership[],
  after: readonly Membership[],
): Promise<number> {
  const moves = new Map<string, ListRef & { by: number }>();
  const move = (list: ListRef, by: number) => {
    const id = listId(list);
    const entry = moves.get(id) ?? { ...list, by: 0 };
    entry.by += by;
    moves.set(id, entry);
  };
  for (const member of before) for (const list of listsOf(member)) move(list, -1);
  for (const member of after) for (const list of listsOf(member)) move(list, 1);
  const lists = [...moves.values()];
  const current = await readLists(trx, lists);
  const names = await tagNames(
    trx,
    lists.filter((list) => list.kind === 'tag').map((list) => list.key),
  );
  let written = 0;
  for (const list of lists) {
    const row = current.get(listId(list));
    const count = (row?.count ?? 0) + list.by;
    const name = list.kind === 'tag' ? (names.get(list.key) ?? list.key) : list.key;
    if (count <= 0) {
      if (row) await deleteLists(trx, [list]);
    } else if (!row) {
      await trx.insertInto('content_lists').values({ kind: list.kind, key: list.key, name, count }).execute();
    } else if (row.count !== count || row.name !== name) {
      await trx
        .updateTable('content_lists')
        .set({ name, count })
        .where('kind', '=', list.kind)
        .where('key', '=', list.key)
        .execute();
    } else continue;
    written += 1;
  }
  return written;
}
