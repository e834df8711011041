/**
 * The publish's check over the change's neighbourhood (./changes.ts) rather than the whole
 * archive. The neighbourhood holds the stories sharing a slug with each checked story and those
 * its ALSO READ names, as read before the check (the targets written in an edited file are
 * found by a quick look at its text); when the check's own reading of a file names a slug the
 * neighbourhood lacks, those stories are read and the check runs again, so the refusals are
 * those a check of the whole archive gives (./neighbourhood.test.ts).
 */
import type { ValidateOptions } from '../validation/validate-content';
import { type Changes, widenChanges } from './changes';
import type { FileRows } from './file-rows';
import { checkIsolated, type IsolatedCheck } from './isolate';

export async function checkNeighbourhood(
  options: Omit<ValidateOptions, 'only' | 'known' | 'listing'>,
  changes: Changes,
  rows: FileRows,
): Promise<IsolatedCheck> {
  for (;;) {
    const result = await checkIsolated(options, changes);
    const named = new Set<string>();
    for (const record of result.checked.files) {
      if (!changes.toCheck.has(record.path)) continue;
      if (record.kind === 'article' || record.kind === 'live') named.add(record.slug);
      for (const slug of record.alsoRead ?? []) named.add(slug);
    }
    if (!(await widenChanges(changes, rows, named))) return result;
  }
}
