import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { handleDeskApi } from '../api/router';
import { admin, editor, reporter, startTestDesk, storyText, type TestDesk } from '../publishing/test-desk';
import { MAX_NOTE_CHARACTERS } from '../review/note';
import type { DeskUser } from '../roles';
import { handleDeskPage } from './router';

const ORIGIN = 'http://127.0.0.1:4502';
const STORY = '/desk/stories/2026/existing-story';
const ravi: DeskUser = { id: 'u-ravi', email: 'ravi@example.test', name: 'Ravi Reporter', role: 'reporter' };

let t: TestDesk;
beforeEach(async () => {
  t = await startTestDesk();
});
afterEach(async () => {
  await t.stop();
});

const get = async (user: DeskUser, pathname: string) => {
  const response = await handleDeskPage(new Request(`${ORIGIN}${pathname}`), user);
  const raw = await response.text();
  // Runs of whitespace are layout, and next to tags none (so "since <time…" reads "since<time…" here).
  const text = raw.replace(/\s+/g, ' ').replace(/> /g, '>').replace(/ </g, '<');
  return { status: response.status, raw, text };
};
/** A press of one of the story page's forms, as the browser sends it. */
const form = (user: DeskUser, pathname: string, fields: Record<string, string> = {}, method = 'POST') =>
  handleDeskPage(
    new Request(`${ORIGIN}${pathname}`, {
      method,
      ...(method === 'GET' ? {} : { body: new URLSearchParams(fields) }),
    }),
    user,
  );
const api = async (user: DeskUser, method: string, pathname: string, body?: string, type = 'application/json') => {
  const response = await handleDeskApi(
    new Request(`${ORIGIN}${pathname}`, {
      method,
      ...(body === undefined ? {} : { body, headers: { 'Content-Type': type } }),
    }),
    user,
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
};
const save = (slug: string, text: string) =>
  handleDeskApi(
    new Request(`${ORIGIN}/api/desk/stories/2026/${slug}`, {
      method: 'PUT',
      body: text,
      headers: { 'Content-Type': 'text/markdown' },
    }),
    reporter,
  );
const statusInList = async (user: DeskUser, title: string) => {
  const { text } = await get(user, '/desk');
  return new RegExp(`${title}</a></td><td class="status">([^<]*)<`).exec(text)?.[1];
};

describe('review on the desk pages', () => {
  it('takes a reporter’s submit, shows it waiting with who and when, and lists it for editors', async () => {
    const before = await get(reporter, STORY);
    expect(before.text).toContain('<label for="submit-note">Note for the editor (optional)</label>');
    expect(before.text).toContain('<button type="submit">Submit for review</button>');

    const file = 'articles/2026/existing-story.mdx';
    const [workspaceBefore, siteBefore] = [t.workspaceFile(file), t.content(file)];
    const pressed = await form(reporter, `${STORY}/submit`, { note: 'Quotes checked\r\nwith the council.' });
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get('location')).toBe(STORY);
    // A hand-over between people, not a change to the story: no file written, nothing published.
    expect([t.workspaceFile(file), t.content(file)]).toEqual([workspaceBefore, siteBefore]);
    expect(workspaceBefore).toContain('Existing story');
    expect(await t.desk.options.database.db.selectFrom('desk_saves').selectAll().execute()).toEqual([]);
    expect(t.runs).toEqual([]);

    const after = await get(reporter, STORY);
    // The newsroom's time, as the site words it (the desk's clock is pinned at 12:00 UTC in November).
    expect(after.text).toContain(
      'Waiting for review since<time datetime="2026-11-28T12:00:00.000Z">November 28, 2026 at 12:00 PM GMT</time>, submitted by Rita Reporter.',
    );
    // The note as written, line break included (the page shows it with white-space: pre-wrap).
    expect(after.raw).toContain('<div class="review-note">Quotes checked\nwith the council.</div>');
    expect(after.text).not.toContain('Submit for review</button>');
    expect(await statusInList(reporter, 'Existing story')).toBe('waiting for review');

    const list = await get(editor, '/desk/review');
    expect(list.status).toBe(200);
    expect(list.text).toMatch(
      /<td><a href="\/desk\/stories\/2026\/existing-story">Existing story<\/a><\/td><td>Rita Reporter<\/td><td><time datetime="2026-11-28T12:00:00.000Z">November 28, 2026 at 12:00 PM GMT<\/time><\/td><td><div class="review-note">Quotes checked with the council.<\/div>/,
    );
    // The reporter's own list holds it; another reporter's does not.
    expect((await get(reporter, '/desk/review')).text).toContain('>Existing story</a></td><td>Rita Reporter</td>');
    expect((await get(ravi, '/desk/review')).text).toContain('Nothing is waiting for review.');
    // Every desk page links to the list.
    for (const pathname of ['/desk', '/desk/schedule', STORY, '/desk/review']) {
      expect((await get(editor, pathname)).text, pathname).toContain('<a href="/desk/review">Review</a>');
    }
  });

  it('lets an editor send a story back with a note the reporter sees, escaped; the reporter resubmits', async () => {
    await form(reporter, `${STORY}/submit`);
    const page = await get(editor, STORY);
    expect(page.text).toMatch(/<textarea id="send-back-note" name="note" rows="4" maxlength="2000" required ?>/);
    expect(page.text).toContain('<button type="submit">Send back</button>');
    expect(page.text).toContain('<button type="submit">Publish</button>');

    const note = 'Who says the wall is <b>safe</b>? Add the engineer & a second source.';
    const sent = await form(editor, `${STORY}/send-back`, { note });
    expect(sent.status).toBe(303);

    const escaped = 'Who says the wall is &lt;b&gt;safe&lt;/b&gt;? Add the engineer &amp; a second source.';
    const seen = await get(reporter, STORY);
    expect(seen.text).toContain(
      'Sent back to Rita Reporter by Ed Editor on<time datetime="2026-11-28T12:00:00.000Z">November 28, 2026 at 12:00 PM GMT</time>.',
    );
    expect(seen.text).toContain(`<div class="review-note">${escaped}</div>`);
    expect(seen.text).not.toContain('<b>safe</b>');
    expect(seen.text).toContain('<button type="submit">Submit for review again</button>');
    expect(await statusInList(reporter, 'Existing story')).toBe('sent back');
    const reportersList = await get(reporter, '/desk/review');
    expect(reportersList.text).toContain('Nothing is waiting for review.');
    expect(reportersList.text).toContain(`<div class="review-note">${escaped}</div>`);

    expect((await form(reporter, `${STORY}/submit`, { note: 'Engineer quoted.' })).status).toBe(303);
    const again = await get(editor, '/desk/review');
    expect(again.text).toContain('Engineer quoted.');
    expect(again.text).toContain('Nothing has been sent back.');
    expect(await statusInList(editor, 'Existing story')).toBe('waiting for review');
  });

  it('shows another reporter the status but neither the note nor the story in their list', async () => {
    await form(reporter, `${STORY}/submit`, { note: 'For the editor only.' });
    await form(editor, `${STORY}/send-back`, { note: 'Frank words for Rita.' });
    expect(await statusInList(ravi, 'Existing story')).toBe('sent back');
    const page = await get(ravi, STORY);
    expect(page.text).toContain('Sent back to Rita Reporter by Ed Editor');
    expect(page.text).toContain('The editor’s note is for Rita Reporter and the editors.');
    expect(page.text).not.toContain('Frank words');
    const list = await get(ravi, '/desk/review');
    expect(list.text).toContain('Nothing is waiting for review.');
    expect(list.text).toContain('Nothing has been sent back.');
    // An admin reviews like an editor.
    expect((await get(admin, '/desk/review')).text).toContain('Frank words for Rita.');
  });

  it('ends the review when the editor publishes the story', async () => {
    await form(reporter, `${STORY}/submit`);
    expect((await form(editor, `${STORY}/publish`)).status).toBe(303);
    expect(t.runs).toHaveLength(1);
    const list = await get(editor, '/desk/review');
    expect(list.text).toContain('Nothing is waiting for review.');
    expect(list.text).not.toContain('Existing story');
    expect(await statusInList(editor, 'Existing story')).toBe('published');
    const page = await get(reporter, STORY);
    expect(page.text).toContain('<button type="submit">Submit for review</button>');
  });

  it('refuses every press it must, and changes nothing', async () => {
    await form(reporter, `${STORY}/submit`);
    const refusals: [string, Response | Promise<Response>, number][] = [
      ['a reporter sends back', form(reporter, `${STORY}/send-back`, { note: 'Looks fine to me.' }), 403],
      [
        'a reporter sends back with too long a note',
        form(reporter, `${STORY}/send-back`, { note: 'x'.repeat(5000) }),
        403,
      ],
      ['an unknown story', form(editor, '/desk/stories/2026/no-such-story/send-back', { note: 'Hm.' }), 404],
      ['submitting an unknown story', form(reporter, '/desk/stories/2026/no-such-story/submit'), 404],
      ['a story address that is not one', form(editor, '/desk/stories/2026/Bad_Slug/submit'), 404],
      ['too long a note', form(editor, `${STORY}/send-back`, { note: 'x'.repeat(MAX_NOTE_CHARACTERS + 1) }), 413],
      ['too long a submit note', form(ravi, `${STORY}/submit`, { note: 'é'.repeat(MAX_NOTE_CHARACTERS + 1) }), 413],
      ['a body past the limit', form(editor, `${STORY}/send-back`, { note: 'x'.repeat(40_000) }), 413],
      ['no note', form(editor, `${STORY}/send-back`, { note: '   ' }), 400],
      ['GET of a form address', form(editor, `${STORY}/send-back`, {}, 'GET'), 405],
      ['PUT of a form address', form(reporter, `${STORY}/submit`, {}, 'PUT'), 405],
      ['POST to the list', form(editor, '/desk/review'), 405],
    ];
    for (const [what, answer, status] of refusals) expect((await answer).status, what).toBe(status);
    expect((await form(editor, `${STORY}/submit`, {}, 'GET')).headers.get('allow')).toBe('POST');
    const page = await get(editor, STORY);
    expect(page.text).toContain('Waiting for review since');
    expect(page.text).not.toContain('Sent back to');

    expect((await form(editor, `${STORY}/send-back`, { note: 'Needs a picture.' })).status).toBe(303);
    // Sent back already: a second send-back (two editors at once) is refused, and so is one for a story never submitted.
    expect((await form(admin, `${STORY}/send-back`, { note: 'Me too.' })).status).toBe(409);
    await save('fresh-story', storyText({ title: 'Fresh story' }));
    const never = await form(editor, '/desk/stories/2026/fresh-story/send-back', { note: 'Hm.' });
    expect(never.status).toBe(409);
    expect(await never.text()).toContain('is not waiting for review');
    expect(t.runs).toEqual([]);
  });

  it('shows times in the newsroom’s time and counts problems in words', async () => {
    await save(
      'existing-story',
      storyText({ title: 'Summer story', date: '2026-07-01T13:00:00+00:00', section: 'harbours' }),
    );
    const list = await get(editor, '/desk');
    // London is an hour ahead of UTC in July.
    expect(list.text).toContain('<time datetime="2026-07-01T13:00:00.000Z">July 1, 2026 at 2:00 PM GMT+1</time>');
    await form(editor, `${STORY}/publish`);
    expect((await get(editor, STORY)).text).toContain('the check found 1 problem, shown beside the fields below');
  });
});

describe('review through the desk API', () => {
  const submit = '/api/desk/stories/2026/existing-story/submit';
  const sendBack = '/api/desk/stories/2026/existing-story/send-back';

  it('submits, sends back and lists, with notes only for those who may read them', async () => {
    const first = await api(reporter, 'POST', submit, JSON.stringify({ note: 'Ready.' }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      story: '2026/existing-story',
      desk: STORY,
      state: 'waiting',
      submittedBy: 'Rita Reporter',
      submittedAt: '2026-11-28T12:00:00.000Z',
      submitNote: 'Ready.',
    });
    expect((await api(reporter, 'POST', submit)).status).toBe(200);

    const back = await api(editor, 'POST', sendBack, 'Cut the second half.', 'text/plain');
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({
      state: 'sent back',
      sentBackBy: 'Ed Editor',
      reviewNote: 'Cut the second half.',
    });

    const mine = await api(reporter, 'GET', '/api/desk/review');
    expect(mine.body).toMatchObject({
      waiting: [],
      sentBack: [{ story: '2026/existing-story', reviewNote: 'Cut the second half.' }],
    });
    const others = await api(ravi, 'GET', '/api/desk/review');
    expect(others.body).toEqual({ waiting: [], sentBack: [] });

    expect((await api(reporter, 'POST', submit, 'note=Cut.', 'application/x-www-form-urlencoded')).status).toBe(201);
    const editors = await api(editor, 'GET', '/api/desk/review');
    expect(editors.body).toMatchObject({
      waiting: [{ story: '2026/existing-story', submitNote: 'Cut.' }],
      sentBack: [],
    });
  });

  it('answers every refusal with its status and a reason', async () => {
    await api(reporter, 'POST', submit);
    const cases: [string, Promise<{ status: number; body: Record<string, unknown> }>, number][] = [
      ['a reporter sends back', api(reporter, 'POST', sendBack, JSON.stringify({ note: 'Fine.' })), 403],
      ['an unknown story', api(editor, 'POST', '/api/desk/stories/2026/no-such-story/send-back', '{"note":"x"}'), 404],
      ['a bad slug', api(editor, 'POST', '/api/desk/stories/2026/Bad_Slug/submit'), 400],
      ['too long a note', api(editor, 'POST', sendBack, JSON.stringify({ note: 'x'.repeat(2001) })), 413],
      ['a body past the limit', api(editor, 'POST', sendBack, 'x'.repeat(40_000), 'text/plain'), 413],
      ['no note', api(editor, 'POST', sendBack, '{}'), 400],
      ['a note that is not text', api(editor, 'POST', sendBack, '{"note":42}'), 400],
      ['not JSON', api(editor, 'POST', sendBack, '{note'), 400],
      ['a picture for a note', api(editor, 'POST', sendBack, 'x', 'image/png'), 415],
      ['GET of an action', api(editor, 'GET', sendBack), 405],
      ['POST to the list', api(editor, 'POST', '/api/desk/review'), 405],
    ];
    for (const [what, answer, status] of cases) {
      const { status: got, body } = await answer;
      expect(got, what).toBe(status);
      expect(typeof body.error, what).toBe('string');
    }
    const listed = await api(editor, 'GET', '/api/desk/review');
    expect(listed.body).toMatchObject({ waiting: [{ story: '2026/existing-story', state: 'waiting' }] });
  });
});
