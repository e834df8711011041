/**
 * Keeping the workspace in step with content/ (three-way, per file). The base is the hash both
 * sides last agreed on (table desk_sync):
 * - workspace unchanged since the base, content/ changed (git, a terminal, another instance):
 *   the change flows into the workspace;
 * - workspace changed, content/ not: a save waiting for an editor; left alone;
 * - both changed to different bytes: the workspace keeps the desk's version and the file is
 *   flagged, so the story says "changed on the server too" and nothing is lost silently;
 * - both the same: they agree again; the flag goes.
 * Each side's size:time is kept too, so a sync of an unchanged archive reads no file.
 */
import path from 'node:path';

import type { Database } from '../../db/connection';
import { hashOf, listFiles, putOrRemove, readIfPresent, statText } from './files';
import { articleFile, liveFolder, type StoryKey } from './story-key';
import type { Workspace } from './workspace';

export interface SyncReport {
  /** Files brought from content/ into the workspace (or removed from it). */
  followed: string[];
  /** Files changed on both sides, kept as the desk has them. */
  conflicts: string[];
}

/**
 * Brings the workspace in step with content/: every file, or only one story's (`only`: its
 * article file and its live-blog folder), which is what a publish needs and costs the same
 * at any archive size (the whole archive is looked at every 30 s by the desk's timer).
 */
export async function syncWorkspace(database: Database, workspace: Workspace, only?: StoryKey): Promise<SyncReport> {
  const { db } = database;
  let query = db.selectFrom('desk_sync').selectAll();
  if (only) {
    const folder = `${liveFolder(only)}/`;
    query = query.where((where) =>
      where.or([where('path', '=', articleFile(only)), where('path', 'like', `${folder}%`)]),
    );
  }
  const rows = new Map((await query.execute()).map((row) => [row.path, row]));
  const filesOf = (dir: string) => (only ? filesOfStory(dir, only) : listFiles(dir));
  const paths = new Set([...filesOf(workspace.project.contentDir), ...filesOf(workspace.contentDir), ...rows.keys()]);
  const report: SyncReport = { followed: [], conflicts: [] };
  const updates: { path: string; hash: string | null; conflict: number }[] = [];
  for (const file of [...paths].sort()) {
    const contentPath = path.join(workspace.project.contentDir, file);
    const workspacePath = path.join(workspace.contentDir, file);
    const row = rows.get(file);
    if (row?.content_stat === statText(contentPath) && row.workspace_stat === statText(workspacePath)) {
      if (row.conflict) report.conflicts.push(file);
      continue;
    }
    const content = readIfPresent(contentPath);
    const desk = readIfPresent(workspacePath);
    const contentHash = content ? hashOf(content) : null;
    const deskHash = desk ? hashOf(desk) : null;
    const base = row?.hash ?? null;
    if (contentHash === deskHash) {
      updates.push({ path: file, hash: contentHash, conflict: 0 });
    } else if (deskHash === base) {
      putOrRemove(workspacePath, content);
      report.followed.push(file);
      updates.push({ path: file, hash: contentHash, conflict: 0 });
    } else if (contentHash === base) {
      updates.push({ path: file, hash: base, conflict: 0 });
    } else {
      report.conflicts.push(file);
      updates.push({ path: file, hash: base, conflict: 1 });
    }
  }
  await recordBases(database, workspace, updates);
  return report;
}

/** A story's files under `dir`: its article file and whatever its live-blog folder holds. */
function filesOfStory(dir: string, key: StoryKey): string[] {
  const article = articleFile(key);
  const folder = liveFolder(key);
  return [
    ...(statText(path.join(dir, article)) === 'absent' ? [] : [article]),
    ...listFiles(path.join(dir, folder)).map((name) => `${folder}/${name}`),
  ];
}

/**
 * Records what both sides hold now as the base for these files (after a release: content/ and
 * the workspace agree on the released bytes).
 */
export async function markAgreed(database: Database, workspace: Workspace, files: string[]): Promise<void> {
  await recordBases(
    database,
    workspace,
    files.map((file) => {
      const bytes = readIfPresent(path.join(workspace.project.contentDir, file));
      return { path: file, hash: bytes ? hashOf(bytes) : null, conflict: 0 };
    }),
  );
}

async function recordBases(
  database: Database,
  workspace: Workspace,
  updates: { path: string; hash: string | null; conflict: number }[],
): Promise<void> {
  if (updates.length === 0) return;
  await database.db.transaction().execute(async (trx) => {
    for (const update of updates) {
      const content_stat = statText(path.join(workspace.project.contentDir, update.path));
      const workspace_stat = statText(path.join(workspace.contentDir, update.path));
      if (update.hash === null && content_stat === 'absent' && workspace_stat === 'absent') {
        await trx.deleteFrom('desk_sync').where('path', '=', update.path).execute();
        continue;
      }
      const row = { ...update, content_stat, workspace_stat };
      await trx
        .insertInto('desk_sync')
        .values(row)
        .onConflict((conflict) => conflict.column('path').doUpdateSet(row))
        .execute();
    }
  });
}

/** The files flagged "changed on the server too". */
export async function conflictedFiles(database: Database): Promise<Set<string>> {
  const rows = await database.db.selectFrom('desk_sync').select('path').where('conflict', '=', 1).execute();
  return new Set(rows.map((row) => row.path));
}
