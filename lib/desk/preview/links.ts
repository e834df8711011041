/**
 * Making and withdrawing preview links, shared by the story page's forms (../pages/preview-links.ts)
 * and the API (POST /api/desk/stories/<year>/<slug>/preview-links). Who may: editors and admins
 * for any story, a reporter for a story they saved last in the desk (lib/desk/roles.ts,
 * `mayPreview`). Which stories: an article that is not live as it stands, a draft, a story
 * changed since it was published, a scheduled one; never a live blog (its posts go out one by one).
 */
import { Refusal } from '../api/answers';
import { deskContext } from '../auth/desk-context';
import type { Desk } from '../publishing/desk';
import { type DeskUser, mayPreview } from '../roles';
import { keyText, type StoryKey } from '../workspace/story-key';
import { mainFile } from '../workspace/workspace';
import { previewKeyOf } from './serve';
import { previewPath } from './signature';
import { expirySeconds, type PreviewLink, PreviewLinkStore } from './store';

export const previewStoreOf = (desk: Desk) => new PreviewLinkStore(desk.options.database, desk.options.now);

/** The desk user who saved the story last in the desk, if anyone did. */
export async function lastSavedBy(desk: Desk, key: StoryKey): Promise<string | undefined> {
  const row = await desk.options.database.db
    .selectFrom('desk_saves')
    .select('user_id')
    .where('story', '=', keyText(key))
    .executeTakeFirst();
  return row?.user_id;
}

/** Refuses (403) anyone who may not make or withdraw the story's preview links. */
export async function mustMayPreview(desk: Desk, user: DeskUser, key: StoryKey): Promise<void> {
  if (mayPreview(user, await lastSavedBy(desk, key))) return;
  throw new Refusal(
    403,
    user.role === 'reporter'
      ? 'A reporter makes preview links of the stories they saved last; ask an editor for this one.'
      : `A ${user.role} may not make preview links.`,
  );
}

/** The full address of a link, on the desk's own origin. */
export function previewUrl(link: PreviewLink): string {
  const context = deskContext();
  return `${context.settings.origin}${previewPath(previewKeyOf(context), link.id, expirySeconds(link))}`;
}

/** Why the story has no preview, or undefined when it may have one. */
export function previewProblem(desk: Desk, key: StoryKey, status: string): string | undefined {
  const file = mainFile(desk.workspace.contentDir, key) ?? mainFile(desk.workspace.project.contentDir, key);
  if (!file) return `there is no story ${keyText(key)} in the desk`;
  if (!file.startsWith('articles/')) return 'a live blog has no preview link: its posts go to readers one by one';
  if (status === 'published') return 'readers already see this story as it stands: share its address instead';
  return undefined;
}

export async function createPreviewLink(desk: Desk, user: DeskUser, key: StoryKey): Promise<PreviewLink> {
  return previewStoreOf(desk).create(keyText(key), user, deskContext().settings.previewHours);
}
