/**
 * The desk's own pages (the desk server signs people in first and applies its CSRF rule to
 * every POST): the story list with statuses, a story page with Publish / Unpublish for those
 * who may, showing the live address or the check's messages beside each field, and the
 * schedule of what goes live when. Plain HTML and forms; no client script.
 */
import { desk as deskAddresses } from '../addresses';
import { Refusal } from '../api/answers';
import { liveDesk } from '../live/addresses';
import { lastSavedBy } from '../preview/links';
import { currentDesk } from '../publishing/current';
import type { Desk } from '../publishing/desk';
import type { JobProblem } from '../publishing/queue';
import { embargoedStories } from '../publishing/scheduler';
import { storyUrl } from '../publishing/story-fields';
import { can, type DeskUser } from '../roles';
import { keyText, type StoryKey, storyKeyProblem, storyOfFile } from '../workspace/story-key';
import { Html, html, page } from './html';
import { handleLivePage } from './live';
import { COPY_SCRIPT, previewPressed, previewSection, withCopyScript } from './preview-links';
import { pushesPage } from './pushes';
import { reviewListPage, reviewPressed, reviewSection } from './review';
import { handleRevisions } from './revisions';
import { allStoryKeys, type StoryState, storyStates } from './stories';
import { count, when } from './time';

const LIST_LIMIT = 200;

export async function handleDeskPage(request: Request, user: DeskUser): Promise<Response> {
  const desk = currentDesk();
  if (!desk) return page('Starting', html`<p>The desk is starting; reload in a moment.</p>`, 503);
  const url = new URL(request.url);
  const parts = url.pathname.replace(/\/+$/, '').split('/').slice(1);
  if (!/^[A-Za-z0-9/._-]*$/.test(url.pathname) || parts[0] !== 'desk') return notFound();
  const [, collection, year = '', slug = '', action] = parts;
  try {
    if (collection === undefined && request.method === 'GET') return await storyList(desk, user);
    if (collection === 'live') {
      const answer = await handleLivePage(desk, request, user, parts.slice(2));
      if (answer) return answer;
    }
    if (collection === 'schedule' && parts.length === 2 && request.method === 'GET') return await schedule(desk);
    if (collection === 'stories' && action === 'revisions' && !storyKeyProblem(year, slug)) {
      const answer = await handleRevisions(desk, user, { year, slug }, parts.slice(5), request);
      if (answer) return answer;
    }
    if (collection === 'pushes' && parts.length === 2 && request.method === 'GET') return await pushesPage();
    if (collection === 'review' && parts.length === 2) return await reviewListPage(desk, user, request);
    // "Copy preview link" (…/preview-links) and a link's Revoke (…/preview-links/<id>/revoke).
    if (
      collection === 'stories' &&
      action === 'preview-links' &&
      !storyKeyProblem(year, slug) &&
      (parts.length === 5 || (parts.length === 7 && parts[6] === 'revoke' && /^[0-9a-f]{32}$/.test(parts[5] ?? '')))
    ) {
      const key = { year, slug };
      const [state] = await storyStates(desk, [key]);
      return await previewPressed(desk, user, key, state?.status, parts[5], request);
    }
    if (collection === 'stories' && parts.length >= 4 && parts.length <= 5) {
      if (storyKeyProblem(year, slug)) return notFound();
      const key = { year, slug };
      if (action === undefined && request.method === 'GET') return await storyPage(desk, user, key);
      if ((action === 'publish' || action === 'unpublish') && request.method === 'POST') {
        return await pressed(desk, user, key, action);
      }
      if (action === 'submit' || action === 'send-back') return await reviewPressed(desk, user, key, action, request);
    }
  } catch (error) {
    if (error instanceof Refusal)
      return page('Not allowed', html`<p class="problem">${error.message}</p>`, error.status);
    throw error;
  }
  return notFound();
}

const notFound = () =>
  page(
    'Not found',
    html`<h1>Not found</h1>
      <p><a href="/desk">Back to the stories</a></p>`,
    404,
  );

/** A story's page in the desk: a live blog's is its posts and the "Add a post" form. */
const pageOf = (state: StoryState) =>
  state.file.startsWith('live/') ? liveDesk.blog(state.key) : deskAddresses.story(state.key);

async function storyList(desk: Desk, user: DeskUser): Promise<Response> {
  const keys = allStoryKeys(desk);
  const states = await storyStates(desk, keys.slice(0, LIST_LIMIT));
  const rows = states.map(
    (state) =>
      html`<tr>
        <td><a href="${pageOf(state)}">${state.fields.title}</a></td>
        <td class="status">
          ${state.status}${state.conflict ? html` · <span class="problem">changed on the server too</span>` : ''}
        </td>
        <td>${when(state.fields.date)}</td>
      </tr>`,
  );
  return page(
    'Stories',
    html`<h1>Stories</h1>
      <p>
        Signed in as ${user.name} (${user.role}). ${keys.length}
        stories${keys.length > LIST_LIMIT ? `; the ${LIST_LIMIT} changed last are shown` : ''}.
      </p>
      <table>
        <thead>
          <tr>
            <th>Story</th>
            <th>Status</th>
            <th>Date</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`,
  );
}

async function storyPage(desk: Desk, user: DeskUser, key: StoryKey): Promise<Response> {
  const [state] = await storyStates(desk, [key]);
  if (!state) return notFound();
  const outcome = state.job?.outcome;
  const problems = outcome?.outcome === 'refused' ? (outcome.problems ?? []) : [];
  const live = state.fields.section ? storyUrl(key, state.fields) : undefined;
  // While its publish runs, the page reloads itself until the outcome is there to show.
  const running = state.job !== undefined && !outcome;
  const previews = await previewSection(desk, user, state, await lastSavedBy(desk, key));
  return withCopyScript(
    page(
      state.fields.title,
      html`<h1>${state.fields.title}</h1>
        <p>
          Status:
          <span class="status">${state.status}</span>
          ${state.file.startsWith('articles/') ? html` · <a href="${deskAddresses.keystaticEdit(key)}">Edit in the editor</a>` : html` · a live blog: <a href="${liveDesk.blog(key)}">its posts and "Add a post"</a>`}
          · <a href="${deskAddresses.revisions(key)}">Revisions</a>
        </p>
        ${state.conflict ? html`<p class="note">This story was changed on the server too (outside the desk). The desk kept its own version; compare both before publishing.</p>` : ''}
        ${lastOutcome(state, live)} ${actions(user, key)} ${reviewSection(user, key, state.review)} ${previews}
        ${fieldTable(state, problems)}
        <script>
          ${new Html(COPY_SCRIPT)};
        </script>`,
      200,
      running ? 2 : undefined,
    ),
  );
}

function lastOutcome(state: StoryState, live: string | undefined): Html {
  const outcome = state.job?.outcome;
  if (!state.job) return html``;
  if (!outcome) return html`<p class="note" role="status">Publishing… this page reloads by itself.</p>`;
  switch (outcome.outcome) {
    case 'published':
      return html`<p class="ok" role="status">
        Published:
        <a href="${outcome.url ?? live ?? ''}">${outcome.url ?? live}</a
        >${outcome.message ? ` (${outcome.message})` : ''}
      </p>`;
    case 'scheduled':
      return html`<p class="ok" role="status">
        Scheduled: goes live ${when(outcome.until)}, at ${outcome.url ?? live}
      </p>`;
    case 'unpublished':
      return html`<p class="ok" role="status">Unpublished: readers no longer see it.</p>`;
    case 'refused':
      return html`<p class="problem" role="alert">
        Not published: the check found ${count(outcome.problems?.length ?? 0, 'problem')}, shown beside the fields
        below. The site is as it was.
      </p>`;
    default:
      return html`<p class="problem" role="alert">The publish failed: ${outcome.message ?? 'no reason given'}</p>`;
  }
}

function actions(user: DeskUser, key: StoryKey): Html {
  return html`<p>
    ${can(user, 'story:publish') ? html`<form method="post" action="${deskAddresses.storyAction(key, 'publish')}"><button type="submit">Publish</button></form>` : html`<span>An editor publishes this story.</span>`}
    ${can(user, 'story:unpublish') ? html`<form method="post" action="${deskAddresses.storyAction(key, 'unpublish')}"><button type="submit">Unpublish</button></form>` : ''}
  </p>`;
}

/** Each field of the story with its value, and the check's message for it beside it. */
function fieldTable(state: StoryState, problems: JobProblem[]): Html {
  const belongs = (field: string, name: string) =>
    field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`);
  const names = Object.keys(state.fields.data);
  const extra = [...new Set(problems.map((problem) => problem.field.split(/[.[]/)[0] ?? problem.field))].filter(
    (name) => !names.includes(name),
  );
  const rows = [...names, ...extra].map((name) => {
    const mine = problems.filter((problem) => belongs(problem.field, name));
    const value = state.fields.data[name];
    return html`<tr>
      <th scope="row">${name}</th>
      <td>
        ${value === undefined ? html`<em>missing</em>` : typeof value === 'string' ? value : JSON.stringify(value)}
      </td>
      <td>
        ${mine.map((problem) => html`<p class="problem" data-field="${problem.field}">${problem.line ? `line ${problem.line}: ` : ''}${problem.field}: ${problem.message}${problem.fix ? ` — ${problem.fix}` : ''}</p>`)}
      </td>
    </tr>`;
  });
  return html`<h2>Fields</h2>
    <table>
      <thead>
        <tr>
          <th>Field</th>
          <th>Value</th>
          <th>Check</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}

async function pressed(desk: Desk, user: DeskUser, key: StoryKey, action: 'publish' | 'unpublish'): Promise<Response> {
  if (!can(user, action === 'publish' ? 'story:publish' : 'story:unpublish')) {
    throw new Refusal(403, `A ${user.role} may not ${action} stories; an editor does.`);
  }
  if (!desk.exists(key)) return notFound();
  const id = await desk.queue.enqueue(action, keyText(key), user.id);
  await desk.queue.wait(id, desk.options.waitMs ?? 30_000);
  return new Response(null, { status: 303, headers: { Location: deskAddresses.story(key) } });
}

async function schedule(desk: Desk): Promise<Response> {
  const now = desk.options.now().getTime();
  const rows = (await embargoedStories(now, desk.workspace.project.root)).map((story) => {
    const key = storyOfFile(story.file);
    return html`<tr>
      <td>
        ${when(new Date(story.at).toISOString())}${story.at <= now ? ' (its time has passed: it goes live with the next lift)' : ''}
      </td>
      <td>${key ? html`<a href="${deskAddresses.story(key)}">${keyText(key)}</a>` : story.file}</td>
    </tr>`;
  });
  const next = desk.scheduler?.next();
  return page(
    'Schedule',
    html`<h1>What goes live when</h1>
      <p>
        ${next ? html`Next lift: ${when(new Date(next).toISOString())}.` : 'Nothing is scheduled.'} Times are the
        newsroom’s (UK time).
      </p>
      <table>
        <thead>
          <tr>
            <th>Goes live</th>
            <th>Story</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`,
  );
}
