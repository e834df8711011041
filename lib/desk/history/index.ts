/**
 * The desk's history as the rest of the desk calls it (docs/decisions/042-revisions-in-git.md): recordSave for every save into the workspace, recordRelease for every release
 * into content/. The desk opens one ContentHistory at start (startPublishing → openHistory); until
 * then, and when the content folder is not in a git repository, both calls do nothing.
 *
 * Files are named `content/<path in the content folder>` or `public/<path in the public folder>`
 * (as Keystatic names them in the workspace); `articles/…` and `images/…` are taken too
 * (./paths.ts).
 */
import { type Author, ContentHistory, type HistoryOptions } from './history';

export type { Author };
export { ContentHistory };

let current: ContentHistory | undefined;
let log: (line: string) => void = (line) => console.log(`[desk] ${line}`);

/** Opens the content folder's history and logs the one line that says whether revisions are on. */
export async function openHistory(options: HistoryOptions): Promise<ContentHistory> {
  const history = await ContentHistory.open(options);
  if (options.log) log = options.log;
  log(history.describe());
  return history;
}

export function setCurrentHistory(history: ContentHistory | undefined): void {
  current = history;
}

export const currentHistory = (): ContentHistory | undefined => current;

/**
 * A failure to record is logged, never thrown: the save or the publish it records has happened
 * already (the file is written, readers see the story), and the person should not be told it failed.
 */
async function logged(message: string, record: (history: ContentHistory) => Promise<void>): Promise<void> {
  if (!current) return;
  try {
    await record(current);
  } catch (error) {
    log(`revisions: "${message}" was not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Commits these workspace files' current bytes (paths relative to the workspace) on dateline-desk. */
export function recordSave(files: string[], author: Author, message: string): Promise<void> {
  return logged(message, (history) => history.recordSave(files, author, message));
}

/** Commits these released files (paths relative to the content folder / public dir) on the checked-out branch. */
export function recordRelease(files: string[], author: Author, message: string): Promise<void> {
  return logged(message, (history) => history.recordRelease(files, author, message));
}
