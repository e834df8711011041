/**
 * A story's revisions (/desk/stories/<year>/<slug>/revisions): every save and release of it, newest
 * first, each with who, when (newsroom time, as the site prints dates), the action, and what it
 * changed against the revision before: fields as field / before / after, the body as lines
 * added and removed. Each earlier revision has Restore (POST …/revisions/<commit>/restore), which
 * puts its bytes back in the workspace as a new revision; only an editor then publishes.
 * Everything comes from `git log` (lib/desk/history): the desk keeps no table of revisions.
 */
import { formatDateTime } from '../../format';
import { desk as deskAddresses } from '../addresses';
import { Refusal } from '../api/answers';
import { currentHistory } from '../history';
import type { BodyLine, FieldChange } from '../history/diff';
import { restoreRevision } from '../history/restore';
import { type FileChange, type StoryRevision, storyRevisions } from '../history/story-revisions';
import type { Desk } from '../publishing/desk';
import { can, type DeskUser } from '../roles';
import { keyText, type StoryKey } from '../workspace/story-key';
import { type Html, html, page } from './html';
import { storyStates } from './stories';

const STYLE = html`<style>
  .revisions {
    list-style: none;
    padding: 0;
  }
  .revision {
    border-top: 2px solid #ddd;
    padding: 0.75rem 0;
  }
  .who {
    font-weight: 600;
  }
  .diff {
    font:
      14px/1.45 ui-monospace,
      monospace;
    white-space: pre-wrap;
    margin: 0.5rem 0;
    padding: 0.5rem;
    background: #f7f7f7;
  }
  .diff ins,
  td ins {
    display: block;
    text-decoration: none;
    background: #dff5e3;
  }
  .diff del,
  td del {
    display: block;
    text-decoration: line-through;
    background: #fde2e1;
  }
  .diff span {
    display: block;
  }
  .diff .folded {
    color: #666;
  }
</style>`;

/** GET …/revisions, POST …/revisions/<commit>/restore; undefined for any other address (a 404). */
export async function handleRevisions(
  desk: Desk,
  user: DeskUser,
  key: StoryKey,
  rest: string[],
  request: Request,
): Promise<Response | undefined> {
  if (rest.length === 0 && request.method === 'GET') {
    return revisionsPage(desk, user, key, new URL(request.url).searchParams.get('restored'));
  }
  if (rest.length === 2 && rest[1] === 'restore' && request.method === 'POST') {
    if (!can(user, 'story:restore')) throw new Refusal(403, `A ${user.role} may not restore revisions.`);
    const history = currentHistory();
    if (!history) throw new Refusal(503, 'The desk is starting; try again in a moment.');
    if (!desk.exists(key)) throw new Refusal(404, `There is no story ${keyText(key)} in the desk.`);
    const { short } = await restoreRevision(history, desk, user, key, rest[0] ?? '');
    return new Response(null, {
      status: 303,
      headers: { Location: `${deskAddresses.revisions(key)}?restored=${short}` },
    });
  }
  return undefined;
}

async function revisionsPage(desk: Desk, user: DeskUser, key: StoryKey, restored: string | null): Promise<Response> {
  const [state] = await storyStates(desk, [key]);
  const title = state?.fields.title ?? keyText(key);
  const history = currentHistory();
  const heading = html`<h1>Revisions: ${title}</h1>
    <p><a href="${deskAddresses.story(key)}">Back to the story</a></p>`;
  if (!history?.enabled) {
    return page(
      `Revisions: ${title}`,
      html`${heading}
        <p class="note" role="status">
          Revisions are not recorded on this desk: ${history?.reason ?? 'the desk is starting'}.
        </p>`,
    );
  }
  const revisions = await storyRevisions(history, key);
  const restoredNote =
    restored && /^[0-9a-f]{7}$/.test(restored)
      ? html`<p class="ok" role="status">
          Restored revision ${restored} into the desk as a new revision. Readers see it once an editor publishes the
          story.
        </p>`
      : '';
  return page(
    `Revisions: ${title}`,
    html`${STYLE}${heading}${restoredNote}
      <p>
        Every save in the desk and every publish is a revision, newest first; each shows what it changed from the one
        below it. Times are London time.
      </p>
      ${
        revisions.length === 0
          ? html`<p>No revisions of this story are recorded yet.</p>`
          : html`<ol class="revisions">
              ${revisions.map((revision, index) => revisionItem(user, key, revision, index === 0))}
            </ol>`
      }`,
  );
}

function revisionItem(user: DeskUser, key: StoryKey, revision: StoryRevision, newest: boolean): Html {
  const short = revision.commit.slice(0, 7);
  return html`<li class="revision" data-revision="${revision.commit}">
    <p>
      <span class="who">${revision.author.name}</span> ·
      <time datetime="${revision.date}">${formatDateTime(revision.date)}</time> ·
      <span class="action">${revision.subject}</span> · <code>${short}</code>
    </p>
    ${revision.changes.length === 0 ? html`<p>No change to the story's text (the same version again).</p>` : ''}
    ${revision.changes.map((change) => fileChange(change, revision.changes.length > 1))}
    ${
      !newest && can(user, 'story:restore')
        ? html`<form method="post" action="${deskAddresses.restore(key, revision.commit)}">
            <button type="submit">Restore this revision</button>
          </form>`
        : ''
    }
  </li>`;
}

function fileChange(change: FileChange, named: boolean): Html {
  const label = named || change.state !== 'changed' ? html`<p><code>${change.file}</code> ${change.state}</p>` : '';
  return html`${label}${change.diff.fields.length > 0 ? fieldTable(change.diff.fields) : ''}
  ${change.diff.body.length > 0 ? bodyDiff(change.diff.body) : ''}`;
}

function fieldTable(fields: FieldChange[]): Html {
  const value = (text: string | undefined, tag: 'del' | 'ins') =>
    text === undefined ? html`<em>not set</em>` : tag === 'del' ? html`<del>${text}</del>` : html`<ins>${text}</ins>`;
  return html`<table class="fields">
    <thead>
      <tr>
        <th>Field</th>
        <th>Before</th>
        <th>After</th>
      </tr>
    </thead>
    <tbody>
      ${fields.map(
        (field) =>
          html`<tr>
            <th scope="row">${field.field}</th>
            <td>${value(field.before, 'del')}</td>
            <td>${value(field.after, 'ins')}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function bodyDiff(lines: BodyLine[]): Html {
  const line = (entry: BodyLine): Html => {
    switch (entry.kind) {
      case 'added':
        return html`<ins>+ ${entry.text}</ins>`;
      case 'removed':
        return html`<del>- ${entry.text}</del>`;
      case 'folded':
        return html`<span class="folded">… ${entry.count} unchanged line${entry.count === 1 ? '' : 's'}</span>`;
      default:
        return html`<span>&nbsp; ${entry.text}</span>`;
    }
  };
  return html`<div class="diff" aria-label="Text changes">${lines.map(line)}</div>`;
}
