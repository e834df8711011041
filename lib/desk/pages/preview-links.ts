/**
 * Preview links on a story's desk page (docs/EDITING.md, "Preview links"): "Copy preview link"
 * makes one (a form, so it works without script), and every link that still works is listed with
 * its address in a read-only field to select and copy, when it expires, and Revoke. A small script
 * (its hash in the page's policy) adds a Copy button's clipboard write; without it the field is there.
 */
import { createHash } from 'node:crypto';

import { desk as deskAddresses } from '../addresses';
import { Refusal } from '../api/answers';
import { createPreviewLink, mustMayPreview, previewProblem, previewStoreOf, previewUrl } from '../preview/links';
import type { PreviewLink } from '../preview/store';
import type { Desk } from '../publishing/desk';
import { type DeskUser, mayPreview } from '../roles';
import { keyText, type StoryKey } from '../workspace/story-key';
import { type Html, html } from './html';
import type { StoryState } from './stories';
import { when } from './time';

/** The Copy buttons' clipboard write: the one script of the desk's own pages. */
export const COPY_SCRIPT =
  "document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('[data-copy]');if(!b)return;var f=document.getElementById(b.getAttribute('data-copy'));if(!f)return;f.select();if(navigator.clipboard)navigator.clipboard.writeText(f.value).then(function(){b.textContent='Copied'})});";
const COPY_HASH = `'sha256-${createHash('sha256').update(COPY_SCRIPT, 'utf8').digest('base64')}'`;

/** A story page's policy with the copy script allowed by its hash, and nothing else. */
export const withCopyScript = (response: Response): Response => {
  const policy = response.headers.get('Content-Security-Policy');
  if (policy) response.headers.set('Content-Security-Policy', `${policy}; script-src ${COPY_HASH}`);
  return response;
};

function linkRow(link: PreviewLink, key: StoryKey, index: number): Html {
  const id = `preview-link-${index}`;
  return html`<li data-preview-link="${link.id}">
    <label for="${id}"
      >Preview link, made by ${link.createdBy.name} ${when(link.createdAt)}; expires ${when(link.expiresAt)}</label
    >
    <input id="${id}" class="preview-url" type="text" readonly value="${previewUrl(link)}" size="70" />
    <button type="button" data-copy="${id}">Copy</button>
    <form method="post" action="${deskAddresses.previewRevoke(key, link.id)}">
      <button type="submit">Revoke</button>
    </form>
  </li>`;
}

/** The Preview links part of a story's page; empty for someone who may not make them. */
export async function previewSection(
  desk: Desk,
  user: DeskUser,
  state: StoryState,
  lastSavedBy: string | undefined,
): Promise<Html> {
  if (!mayPreview(user, lastSavedBy)) return html``;
  const problem = previewProblem(desk, state.key, state.status);
  if (problem && state.file.startsWith('live/')) return html``;
  const links = await previewStoreOf(desk).live(keyText(state.key));
  return html`<section aria-labelledby="preview-heading">
    <h2 id="preview-heading">Preview links</h2>
    ${
      problem
        ? html`<p>No new preview link: ${problem}.</p>`
        : html`<p>
              A preview link shows this story as readers will see it, to anyone who has the link, without an account,
              until it expires or you revoke it.
            </p>
            <form method="post" action="${deskAddresses.previewLinks(state.key)}">
              <button type="submit">Copy preview link</button>
            </form>`
    }
    ${
      links.length
        ? html`<ul class="preview-links">
            ${links.map((link, index) => linkRow(link, state.key, index))}
          </ul>`
        : ''
    }
  </section>`;
}

/** A press of "Copy preview link" or of a link's Revoke: POST only, then back to the story's page. */
export async function previewPressed(
  desk: Desk,
  user: DeskUser,
  key: StoryKey,
  status: string | undefined,
  revoke: string | undefined,
  request: Request,
): Promise<Response> {
  if (request.method !== 'POST') throw new Refusal(405, 'This address takes a form’s POST.');
  await mustMayPreview(desk, user, key);
  if (revoke !== undefined) {
    if (!(await previewStoreOf(desk).revoke(keyText(key), revoke)))
      throw new Refusal(404, 'This story has no such preview link.');
  } else {
    const problem =
      status === undefined ? `there is no story ${keyText(key)} in the desk` : previewProblem(desk, key, status);
    if (problem) throw new Refusal(status === undefined ? 404 : 409, `No preview link: ${problem}.`);
    await createPreviewLink(desk, user, key);
  }
  return new Response(null, { status: 303, headers: { Location: `${deskAddresses.story(key)}#preview-heading` } });
}
