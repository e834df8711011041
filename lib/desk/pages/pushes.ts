/**
 * /desk/pushes: what became of each push to the followed branch, newest first — the commit
 * range, who pushed (the commits' authors), each file published with its live address or
 * refused with the check's messages, and a conflict with both commits named.
 */
import { currentFollower } from '../follow/follower';
import type { PushFile, PushRecord } from '../follow/results';
import { remoteForLog } from '../follow/settings';
import { type Html, html, page } from './html';

const short = (commit: string | undefined) => (commit ?? '').slice(0, 12);

export async function pushesPage(): Promise<Response> {
  const follower = currentFollower();
  if (!follower)
    return page(
      'Pushes',
      html`<h1>Pushes</h1>
        <p>
          This desk follows no git remote, so a push publishes nothing. An admin sets DESK_FOLLOW_REMOTE (and
          DESK_FOLLOW_SECRET for the webhook) on the server; see docs/deploy.md.
        </p>`,
    );
  const pushes = await follower.results.latest(50);
  const { settings, follow } = follower;
  return page(
    'Pushes',
    html`<h1>Pushes</h1>
      <p>
        The desk follows <code>${settings.branch}</code> of <code>${remoteForLog(settings)}</code> and publishes what
        each push changes into <code>${follow.checkedOut}</code>.
        ${settings.pollSeconds > 0 ? `It also looks every ${settings.pollSeconds} s.` : ''}
      </p>
      ${pushes.length === 0 ? html`<p>No push has been pulled yet.</p>` : pushes.map(pushSection)}`,
  );
}

const STATE_WORDS: Record<PushRecord['state'], string> = {
  running: 'Publishing…',
  published: 'Published',
  conflict: 'Conflict: nothing was published',
  failed: 'Failed',
};

function pushSection(push: PushRecord): Html {
  const range = `${short(push.localCommit)}..${short(push.pushedCommit)}`;
  return html`<section class="push" data-push="${push.id}" aria-labelledby="push-${push.id}">
    <h2 id="push-${push.id}">
      Push ${push.id}:
      <span class="${push.state === 'published' ? 'ok' : push.state === 'running' ? '' : 'problem'}"
        >${STATE_WORDS[push.state]}</span
      >
    </h2>
    <p>
      Commits <code>${range}</code> on ${push.branch}, pushed by ${push.authors.join(', ') || 'nobody named'}; pulled
      ${push.startedAt}${push.mergedCommit ? html`, merged as <code>${short(push.mergedCommit)}</code>` : ''}.
    </p>
    ${push.state === 'conflict' ? html`<p class="note" role="alert">Both changes are kept: the desk's commit <code class="desk-commit">${push.localCommit}</code> on the published branch, the pushed commit <code class="pushed-commit">${push.pushedCommit}</code> on the remote. ${push.message ?? ''}</p>` : push.message ? html`<p class="${push.state === 'failed' ? 'problem' : 'note'}">${push.message}</p>` : ''}
    ${push.files.length > 0 ? fileTable(push.files) : ''}
  </section>`;
}

function fileTable(files: PushFile[]): Html {
  return html`<table>
    <thead>
      <tr>
        <th>File</th>
        <th>Result</th>
      </tr>
    </thead>
    <tbody>
      ${files.map(
        (file) =>
          html`<tr>
            <td><code>${file.path}</code></td>
            <td>${fileResult(file)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function fileResult(file: PushFile): Html {
  switch (file.result) {
    case 'published':
      return file.url
        ? html`<span class="ok">published</span> at <a href="${file.url}">${file.url}</a>`
        : html`<span class="ok">published</span>`;
    case 'scheduled':
      return html`scheduled: goes live at ${file.until ?? '?'}${file.url ? html` at ${file.url}` : ''}`;
    case 'refused':
      return html`<span class="problem">refused</span>:
        ${(file.problems ?? []).map(
          (problem) =>
            html`<p class="problem">
              ${problem.line ? `line ${problem.line}: ` : ''}${problem.field}:
              ${problem.message}${problem.fix ? ` — ${problem.fix}` : ''}
            </p>`,
        )}`;
    case 'conflict':
      return html`<span class="problem">changed by the desk and by the push</span>`;
    case 'removed':
      return html`removed from the site`;
    case 'draft':
      return html`a draft: not on the site`;
    default:
      return html`not published${file.note ? ` (${file.note})` : ''}`;
  }
}
