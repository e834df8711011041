/**
 * Keystatic's local-mode API in the desk: the same handler `npm run dev` uses, rooted at the
 * desk's workspace instead of the project, behind a check of every path a save would write or
 * delete. Keystatic's save is one POST /api/keystatic/update with JSON
 * `{ additions: [{ path, contents (base64url) }], deletions: [{ path }] }`, paths relative to its
 * root (content/articles/2026/x.mdx, public/images/articles/2026/x/pic.jpg).
 */
import path from 'node:path';

import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';

import { houseStyleUpdate } from '../../editor/house-style-update';
import { editorConfig } from '../../editor/keystatic-config';
import { recordSave } from '../history';
import { saveMessage } from '../history/messages';
import { can, type DeskUser } from '../roles';
import { hasControlCharacter } from './paths';

/** Where a story and its pictures live: all a reporter may write. */
const STORY_PLACES = ['content/articles/', 'content/live/', 'public/images/articles/'];
/** Authors, sections, pages and any picture: shared by many stories, editors and admins only. */
const SITE_PLACES = ['content/', 'public/images/'];

export function mayWrite(user: Pick<DeskUser, 'role'>, file: string): boolean {
  const places = can(user, 'site:edit') ? SITE_PLACES : can(user, 'story:save') ? STORY_PLACES : [];
  return places.some((place) => file.startsWith(place));
}

/** A path Keystatic may be asked to write: relative, forward slashes, no . or .. or empty parts. */
export function isCleanRelativePath(file: string): boolean {
  return (
    file.length > 0 &&
    file.length < 400 &&
    !file.startsWith('/') &&
    !file.includes('\\') &&
    !hasControlCharacter(file) &&
    file.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
  );
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

interface UpdateBody {
  additions: unknown[];
  deletions: unknown[];
}

const isUpdateBody = (value: unknown): value is UpdateBody =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as UpdateBody).additions) &&
  Array.isArray((value as UpdateBody).deletions);

const pathOf = (entry: unknown): unknown =>
  typeof entry === 'object' && entry !== null ? (entry as { path?: unknown }).path : undefined;

/** The files a save touches that this person may not touch, with why; [] when all are fine. */
export function refusedWrites(user: Pick<DeskUser, 'role'>, workspace: string, body: UpdateBody): string[] {
  const refused: string[] = [];
  for (const entry of [...body.additions, ...body.deletions]) {
    const file = pathOf(entry);
    if (typeof file !== 'string' || !isCleanRelativePath(file)) {
      refused.push(`${JSON.stringify(file)} is not a path inside the workspace`);
      continue;
    }
    const resolved = path.resolve(workspace, file);
    if (!resolved.startsWith(workspace + path.sep)) refused.push(`${file} is outside the workspace`);
    else if (!mayWrite(user, file))
      refused.push(
        `${file}: a ${user.role} may change stories and their pictures only, not authors, sections or pages`,
      );
  }
  return refused;
}

export function keystaticApi(workspace: string) {
  const handler = makeGenericAPIRouteHandler({
    config: editorConfig({ stories: [], year: new Date().getFullYear() }),
    localBaseDirectory: workspace,
  });
  return async function handleKeystaticApi(request: Request, user: DeskUser): Promise<Response> {
    let forwarded = request;
    let saved: string[] = [];
    if (request.method === 'POST') {
      if (!can(user, 'story:save')) return json(403, { error: 'You may not change anything on the desk.' });
      const body: unknown = await request
        .clone()
        .json()
        .catch(() => undefined);
      if (!isUpdateBody(body)) return json(400, { error: 'A save must be JSON with additions and deletions.' });
      const refused = refusedWrites(user, workspace, body);
      if (refused.length) return json(403, { error: 'This save was refused; nothing was written.', refused });
      forwarded = await houseStyleUpdate(request);
      saved = [...body.additions, ...body.deletions]
        .map(pathOf)
        .filter((file): file is string => typeof file === 'string');
    }
    const { body, headers, status } = await handler(forwarded);
    // Each save Keystatic made is a revision authored by this person (its paths are workspace paths).
    if (saved.length > 0 && status === 200) await recordSave(saved, user, saveMessage(saved));
    return new Response(status === 204 || body === null ? null : (body as BodyInit), {
      status,
      headers: headers,
    });
  };
}
