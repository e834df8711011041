/**
 * A live blog's page in the desk (/desk/live/<year>/<slug>): the blog's posts, newest first, and
 * the "Add a post" form (optional title, text with the story components, key event, pinned, by
 * whom). Publish sends the post through the desk's queue (lib/desk/live/publish-post.ts); the
 * time is the moment it is sent. Plain HTML and a form, like the desk's other pages.
 */
import path from 'node:path';

import { BODY_COMPONENTS } from '../../mdx/body-components';
import { routes } from '../../routes';
import { readLimited, Refusal } from '../api/answers';
import { liveDesk } from '../live/addresses';
import { blogAuthors, defaultAuthors, siteAuthors } from '../live/authors';
import { draftFromForm, type PostForm } from '../live/post-text';
import { isLiveBlog, postFile, postIds } from '../live/posts';
import { publishedBlog } from '../live/publish-post';
import { postTime, submitPost } from '../live/submit';
import type { Desk } from '../publishing/desk';
import type { JobProblem } from '../publishing/queue';
import { storyFields } from '../publishing/story-fields';
import { can, type DeskUser } from '../roles';
import { readIfPresent } from '../workspace/files';
import { liveFolder, type StoryKey, storyKeyProblem } from '../workspace/story-key';
import { type Html, html, page } from './html';

const MAX_FORM_BYTES = 300 * 1024;
const POSTS_SHOWN = 50;

/** `rest`: the path after /desk/live/. Undefined when it is not a live blog's address. */
export async function handleLivePage(
  desk: Desk,
  request: Request,
  user: DeskUser,
  rest: string[],
): Promise<Response | undefined> {
  const [year = '', slug = '', action] = rest;
  if (rest.length < 2 || rest.length > 3 || storyKeyProblem(year, slug)) return undefined;
  const key = { year, slug };
  if (!isLiveBlog(desk.workspace, key)) return undefined;
  if (action === undefined && request.method === 'GET') {
    const posted = new URL(request.url).searchParams.get('posted');
    return livePage(desk, user, key, { ...(posted ? { posted } : {}) });
  }
  if (action === 'posts' && request.method === 'POST') return addPost(desk, request, user, key);
  return undefined;
}

interface Shown {
  /** A post just published (its id), for the confirmation. */
  posted?: string;
  /** The form as sent, with the check's problems, when the post was refused. */
  refused?: { form: PostForm; problems: JobProblem[]; message?: string };
}

interface PostRow {
  id: string;
  time: string;
  title?: string;
  keyEvent: boolean;
  pinned: boolean;
  onSite: boolean;
}

function posts(desk: Desk, key: StoryKey): PostRow[] {
  const site = new Set(postIds(desk.workspace.project.contentDir, key));
  const ids = new Set([...site, ...postIds(desk.workspace.contentDir, key)]);
  return [...ids]
    .map((id) => {
      const dir = site.has(id) ? desk.workspace.project.contentDir : desk.workspace.contentDir;
      const text = readIfPresent(path.join(dir, postFile(key, id)))?.toString('utf8') ?? '';
      const { data } = storyFields(`content/${postFile(key, id)}`, text, key);
      return {
        id,
        time: typeof data.time === 'string' ? data.time : '',
        ...(typeof data.title === 'string' ? { title: data.title } : {}),
        keyEvent: data.keyEvent === true,
        pinned: data.pinned === true,
        onSite: site.has(id),
      };
    })
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || b.id.localeCompare(a.id));
}

function livePage(desk: Desk, user: DeskUser, key: StoryKey, shown: Shown, status = 200): Response {
  const folder = liveFolder(key);
  const deskCopy = readIfPresent(path.join(desk.workspace.contentDir, folder, 'index.mdx'));
  const siteCopy = readIfPresent(path.join(desk.workspace.project.contentDir, folder, 'index.mdx'));
  const fields = storyFields(`content/${folder}/index.mdx`, (deskCopy ?? siteCopy ?? '').toString('utf8'), key);
  const blog = publishedBlog(desk, key);
  const address = 'section' in blog ? routes.article(blog.section, key.slug) : undefined;
  const rows = posts(desk, key);
  return page(
    `Live: ${fields.title}`,
    html`<h1>${fields.title}</h1>
      <p>
        Live blog ·
        <span class="status"
          >${'section' in blog ? (blog.status === 'ended' ? 'ended' : 'live on the site') : 'not on the site yet'}</span
        >
        ${address ? html` · <a href="${address}">${address}</a>` : ''} ·
        <a href="${liveDesk.keystaticEdit(key)}">Edit the blog's fields in the editor</a>
      </p>
      ${'problem' in blog ? html`<p class="note">${blog.problem.message}: ${blog.problem.fix}.</p>` : ''}
      ${confirmation(rows, shown, address)} ${form(desk, user, key, shown)}
      <h2>Posts (${rows.length})</h2>
      ${postTable(rows.slice(0, POSTS_SHOWN), address)}`,
    status,
  );
}

function confirmation(rows: PostRow[], shown: Shown, address: string | undefined): Html {
  if (shown.refused) {
    return shown.refused.message
      ? html`<p class="problem" role="alert">The publish failed: ${shown.refused.message}</p>`
      : html`<p class="problem" role="alert">
          Not published: the check found ${shown.refused.problems.length} problem(s), shown beside the form's fields.
          Nothing was changed; your post is still in the form.
        </p>`;
  }
  const row = rows.find((post) => post.id === shown.posted);
  if (!row) return html``;
  const link = address ? routes.livePost(address, row.id) : undefined;
  return row.onSite
    ? html`<p class="ok" role="status">Published: <a href="${link ?? ''}">${row.title ?? row.id}</a> at ${row.time}</p>`
    : html`<p class="note" role="status">Publishing ${row.title ?? row.id}… reload in a moment.</p>`;
}

function form(desk: Desk, user: DeskUser, key: StoryKey, shown: Shown): Html {
  if (!can(user, 'live:post')) {
    return html`<p>An editor adds posts to live blogs: they go to readers as soon as they are sent.</p>`;
  }
  const sent = shown.refused?.form;
  const problems = shown.refused?.problems ?? [];
  const chosen = new Set(
    sent?.authors ??
      defaultAuthors(
        user,
        desk.workspace.project.contentDir,
        blogAuthors([desk.workspace.contentDir, desk.workspace.project.contentDir], key),
      ),
  );
  const about = (field: string) =>
    problems
      .filter((problem) => problem.field === field || problem.field.startsWith(`${field}[`))
      .map(
        (problem) =>
          html`<p class="problem" data-field="${problem.field}">
            ${problem.field}: ${problem.message}${problem.fix ? ` — ${problem.fix}` : ''}
          </p>`,
      );
  const elsewhere = problems.filter(
    (problem) =>
      !['title', 'body', 'keyEvent', 'pinned', 'time'].includes(problem.field.replace(/\[.*$/, '')) &&
      !problem.field.startsWith('authors'),
  );
  const components = Object.keys(BODY_COMPONENTS)
    .map((name) => `<${name}>`)
    .join(', ');
  return html`<section aria-labelledby="add-post">
    <h2 id="add-post">Add a post</h2>
    <form method="post" action="${liveDesk.posts(key)}" style="display:block;max-width:44rem">
      <p>
        <label for="post-title">Title</label> (optional; a key event needs one)<br />
        <input
          id="post-title"
          name="title"
          type="text"
          maxlength="200"
          value="${sent?.title ?? ''}"
          style="width:100%"
        />
        ${about('title')}
      </p>
      <p>
        <label for="post-body">Post</label> (MDX: paragraphs, links, and the story components ${components})<br />
        <textarea id="post-body" name="body" rows="10" required style="width:100%">${sent?.body ?? ''}</textarea>
        ${about('body')}
      </p>
      <p>
        <label
          ><input type="checkbox" name="keyEvent" value="true" ${sent?.keyEvent ? 'checked' : ''} /> Key event</label
        >
        (listed under "Key events" at the top of the blog)
        <label style="margin-left:1rem"
          ><input type="checkbox" name="pinned" value="true" ${sent?.pinned ? 'checked' : ''} /> Pinned</label
        >
        (shown first; one post per blog) ${about('keyEvent')} ${about('pinned')}
      </p>
      <fieldset>
        <legend>By</legend>
        ${siteAuthors(desk.workspace.project.contentDir).map(
          (author) =>
            html`<label style="margin-right:1rem"
              ><input
                type="checkbox"
                name="authors"
                value="${author.slug}"
                ${chosen.has(author.slug) ? 'checked' : ''}
              />
              ${author.name}</label
            >`,
        )}
        ${about('authors')}
      </fieldset>
      ${about('time')}
      ${elsewhere.map(
        (problem) =>
          html`<p class="problem">
            ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.field}:
            ${problem.message}${problem.fix ? ` — ${problem.fix}` : ''}
          </p>`,
      )}
      <p>The time is set when you press Publish. The post goes to readers at once.</p>
      <button type="submit">Publish</button>
    </form>
  </section>`;
}

function postTable(rows: PostRow[], address: string | undefined): Html {
  if (rows.length === 0) return html`<p>No posts yet.</p>`;
  return html`<table>
    <thead>
      <tr>
        <th>Time</th>
        <th>Post</th>
        <th>State</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td>${row.time}</td>
            <td>
              ${address && row.onSite ? html`<a href="${routes.livePost(address, row.id)}">${row.title ?? row.id}</a>` : (row.title ?? row.id)}
              ${row.keyEvent ? ' · key event' : ''}${row.pinned ? ' · pinned' : ''}
            </td>
            <td>${row.onSite ? 'published' : 'in the desk only'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

async function addPost(desk: Desk, request: Request, user: DeskUser, key: StoryKey): Promise<Response> {
  if (!can(user, 'live:post')) throw new Refusal(403, `A ${user.role} may not post to live blogs; an editor does.`);
  const fields = new URLSearchParams(new TextDecoder().decode(await readLimited(request, MAX_FORM_BYTES, 'post')));
  const title = fields.get('title')?.trim();
  const sent: PostForm = {
    ...(title ? { title } : {}),
    body: fields.get('body') ?? '',
    keyEvent: fields.get('keyEvent') === 'true',
    pinned: fields.get('pinned') === 'true',
    authors: fields.getAll('authors').filter((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)),
  };
  const refuse = (problems: JobProblem[], message?: string) =>
    livePage(desk, user, key, { refused: { form: sent, problems, ...(message ? { message } : {}) } }, 422);
  if (sent.body.trim() === '') {
    return refuse([{ file: 'form', field: 'body', message: 'the post has no text', fix: 'write the post' }]);
  }
  const time = postTime(desk);
  const { id, job } = await submitPost(desk, user, key, draftFromForm(sent, time), time);
  const outcome = job?.outcome;
  if (outcome?.outcome === 'refused') return refuse(outcome.problems ?? []);
  if (outcome?.outcome === 'failed') return refuse([], outcome.message ?? 'the publish failed');
  const back = new URL(liveDesk.blog(key), request.url);
  back.searchParams.set('posted', id);
  return new Response(null, { status: 303, headers: { Location: `${back.pathname}${back.search}` } });
}
