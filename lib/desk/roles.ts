/**
 * Who may do what on the desk. One table, read by the desk's pages, its API and the Keystatic
 * gate alike, so a reporter cannot publish by crafting a request the forms would not send.
 */
export const ROLES = ['reporter', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in person (by session cookie) or a newsroom tool (by API token), as the desk sees them. */
export interface DeskUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export type DeskAction =
  /** Create or change a story in the desk's workspace (never reaches readers by itself). */
  | 'story:save'
  /** Put a story, a correction or a schedule live; lift or set an embargo. */
  | 'story:publish'
  | 'story:unpublish'
  /** Hand a story to the editors: mark it waiting for review (docs/EDITING.md, "Review"). */
  | 'story:submit'
  /** Read every waiting story and its notes; send one back to its reporter with a note. */
  | 'story:review'
  /** Upload a picture into the workspace. */
  | 'picture:upload'
  /** Put an earlier revision of a story back into the workspace (a new save; publishing is separate). */
  | 'story:restore'
  /** Change authors, sections and pages (shared by many stories). */
  | 'site:edit'
  /** Add a post to a live blog: it goes to readers at once (lib/desk/live/, docs/decisions/045-live-posts-from-the-desk.md). */
  | 'live:post'
  /**
   * Make and withdraw preview links of a story one saved last in the desk (lib/desk/preview/):
   * a signed address anyone can open until it expires, showing the unpublished story.
   */
  | 'preview:own'
  /** The same for any story, whoever wrote it. */
  | 'preview:any'
  /** Create accounts, change roles, issue tokens for others. */
  | 'users:manage';

const allowed: Record<Role, ReadonlySet<DeskAction>> = {
  reporter: new Set(['story:save', 'story:submit', 'picture:upload', 'story:restore', 'preview:own']),
  editor: new Set([
    'story:save',
    'story:submit',
    'story:review',
    'picture:upload',
    'story:restore',
    'story:publish',
    'story:unpublish',
    'site:edit',
    'live:post',
    'preview:own',
    'preview:any',
  ]),
  admin: new Set([
    'story:save',
    'story:submit',
    'story:review',
    'picture:upload',
    'story:restore',
    'story:publish',
    'story:unpublish',
    'site:edit',
    'users:manage',
    'live:post',
    'preview:own',
    'preview:any',
  ]),
};

export function can(user: Pick<DeskUser, 'role'> | null | undefined, action: DeskAction): boolean {
  return user ? (allowed[user.role] as ReadonlySet<DeskAction> | undefined)?.has(action) === true : false;
}

/**
 * Whether `user` may make (and withdraw) preview links of a story that `lastSavedBy` (a desk
 * user's id, undefined when nobody saved it in the desk) saved last: editors and admins for any
 * story, a reporter for their own.
 */
export function mayPreview(user: Pick<DeskUser, 'id' | 'role'> | null | undefined, lastSavedBy: string | undefined) {
  if (!user) return false;
  return can(user, 'preview:any') || (can(user, 'preview:own') && lastSavedBy === user.id);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
