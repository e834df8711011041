/**
 * Preview links through the API (docs/EDITING.md, "The desk API"), for newsroom tools with a token:
 *
 *   POST   /api/desk/stories/<year>/<slug>/preview-links        → 201 { url, expiresAt, id }
 *   GET    /api/desk/stories/<year>/<slug>/preview-links        → 200 { links: [{ id, url, expiresAt, createdBy }] }
 *   DELETE /api/desk/stories/<year>/<slug>/preview-links/<id>   → 200 { revoked: id }; the link then answers 404
 *
 * A token acts as its person: an editor's for any story, a reporter's for a story that reporter
 * saved last (lib/desk/roles.ts, `mayPreview`); anyone else gets 403 before anything is read.
 */
import { storyStates } from '../pages/stories';
import { createPreviewLink, mustMayPreview, previewProblem, previewStoreOf, previewUrl } from '../preview/links';
import type { Desk } from '../publishing/desk';
import type { DeskUser } from '../roles';
import { keyText, storyKeyProblem } from '../workspace/story-key';
import { json, refuse } from './answers';

export async function previewLinksApi(desk: Desk, request: Request, user: DeskUser, rest: string[]): Promise<Response> {
  const [year = '', slug = '', , id] = rest;
  const problem = storyKeyProblem(year, slug);
  if (problem) return refuse(400, problem);
  const key = { year, slug };
  if (id !== undefined && !/^[0-9a-f]{32}$/.test(id)) return refuse(404, 'there is no such preview link');
  const allow = id === undefined ? 'GET, POST' : 'DELETE';
  if (!allow.split(', ').includes(request.method)) return refuse(405, `this address takes ${allow}`, { Allow: allow });
  await mustMayPreview(desk, user, key);
  const store = previewStoreOf(desk);
  if (id !== undefined) {
    return (await store.revoke(keyText(key), id))
      ? json(200, { revoked: id, note: 'the link now answers 404 saying it was withdrawn' })
      : refuse(404, 'this story has no such preview link');
  }
  if (request.method === 'GET') {
    const links = await store.live(keyText(key));
    return json(200, {
      links: links.map((link) => ({
        id: link.id,
        url: previewUrl(link),
        expiresAt: link.expiresAt,
        createdBy: link.createdBy.name,
      })),
    });
  }
  const [state] = await storyStates(desk, [key]);
  const refused = state ? previewProblem(desk, key, state.status) : `there is no story ${keyText(key)} in the desk`;
  if (refused) return refuse(state ? 409 : 404, refused);
  const link = await createPreviewLink(desk, user, key);
  return json(201, { id: link.id, url: previewUrl(link), expiresAt: link.expiresAt });
}
