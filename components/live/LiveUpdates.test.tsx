// @vitest-environment happy-dom
/**
 * A live blog's auto-update as a reader meets it. What is stubbed is the network the browser
 * would use: the blog's posts.json and the page's own HTML, rendered again by the server.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { LiveUpdates } from './LiveUpdates.client';

const POSTS_URL = '/sports/harbourside-half-marathon-live/posts.json';
const PAGE = '/sports/harbourside-half-marathon-live';
const POLL_SECONDS = 30;

const post = (id: string, title: string) =>
  `<article id="post-${id}" data-post-id="${id}" tabindex="-1" class="live-post"><h2>${title}</h2><p>${title}.</p></article>`;

/** The page as the server renders it with `ids` as its posts, newest first. */
const pageWith = (posts: [string, string][]) =>
  `<!DOCTYPE html><html><body><main><div id="live-posts">${posts.map(([id, title]) => post(id, title)).join('')}</div></main></body></html>`;

const OLDER: [string, string][] = [
  ['0915-leaders-pass-mile-ten', 'Leaders pass mile ten'],
  ['0900-race-starts', 'The race starts'],
];

/** What the server answers: posts.json and the page, as the test says the blog stands. */
const server = {
  status: 'live' as 'live' | 'ended',
  posts: OLDER,
  /** Posts the page's HTML has (the page may lag behind the JSON). */
  rendered: OLDER,
  down: false,
  etag: '"v1"',
};

const fetchMock = vi.fn((url: string, init?: RequestInit) => {
  if (server.down) return Promise.reject(new TypeError('Failed to fetch'));
  if (url === POSTS_URL) {
    const asked = (init?.headers as Record<string, string> | undefined)?.['If-None-Match'];
    if (asked === server.etag) return Promise.resolve(new Response(null, { status: 304 }));
    const body = { status: server.status, posts: server.posts.map(([id]) => ({ id })) };
    return Promise.resolve(
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', ETag: server.etag } }),
    );
  }
  if (url === PAGE)
    return Promise.resolve(new Response(pageWith(server.rendered), { headers: { 'content-type': 'text/html' } }));
  return Promise.resolve(new Response('', { status: 404 }));
});

/** A live blog page as the reader has it: the auto-update, then the posts it was rendered with. */
function openLiveBlog() {
  window.history.replaceState(null, '', PAGE);
  render(
    <section>
      <LiveUpdates postsUrl={POSTS_URL} pollSeconds={POLL_SECONDS} />
      <div id="live-posts" dangerouslySetInnerHTML={{ __html: OLDER.map(([id, title]) => post(id, title)).join('') }} />
    </section>,
  );
  return document.getElementById('live-posts')!;
}

/** The headlines of the posts on the page, top to bottom. */
const headlines = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading')
    .map((heading) => heading.textContent);

/** One poll: the timer fires and every request it makes is answered. */
async function poll() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(POLL_SECONDS * 1000);
  });
}

/** The blog publishes a post: posts.json names it and the page renders it. */
function publish(...posts: [string, string][]) {
  server.posts = [...posts, ...server.posts];
  server.rendered = server.posts;
  server.etag = `"v${server.posts.length}"`;
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: false });
  Object.assign(server, { status: 'live', posts: OLDER, rendered: OLDER, down: false, etag: '"v1"' });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

describe('a live blog updating itself', () => {
  it('a reader at the top of the posts gets a new post at the top, as the server rendered it, announced', async () => {
    const list = openLiveBlog();
    publish(['0930-first-finisher', 'First runner crosses the line']);
    await poll();
    expect(headlines(list)).toEqual(['First runner crosses the line', 'Leaders pass mile ten', 'The race starts']);
    expect(list.firstElementChild?.id).toBe('post-0930-first-finisher');
    expect(screen.getByTestId('live-announcer').textContent).toBe('1 new post');
    // Nothing moves the reader's focus.
    expect(document.activeElement).toBe(document.body);
  });

  it('asks with the ETag it was given, and an unchanged blog (304) changes nothing', async () => {
    const list = openLiveBlog();
    await poll();
    await poll();
    const [, second] = fetchMock.mock.calls.filter(([url]) => url === POSTS_URL);
    expect((second?.[1]?.headers as Record<string, string>)['If-None-Match']).toBe('"v1"');
    expect(headlines(list)).toEqual(['Leaders pass mile ten', 'The race starts']);
    expect(fetchMock.mock.calls.filter(([url]) => url === PAGE)).toEqual([]);
  });

  it('a reader scrolled into the posts gets a "Show N new posts" button instead, and nothing moves until they press it', async () => {
    const list = openLiveBlog();
    // The top of the posts is above the screen.
    list.getBoundingClientRect = () => new DOMRect(0, -800, 600, 2000);
    publish(['0930-first-finisher', 'First runner crosses the line']);
    await poll();
    publish(['0940-course-record', 'A course record']);
    await poll();
    expect(headlines(list)).toEqual(['Leaders pass mile ten', 'The race starts']);
    const button = screen.getByRole('button', { name: 'Show 2 new posts' });

    // Testing Library waits on a real timer after each action.
    vi.useRealTimers();
    await userEvent.click(button);
    expect(headlines(list)).toEqual([
      'A course record',
      'First runner crosses the line',
      'Leaders pass mile ten',
      'The race starts',
    ]);
    expect(screen.queryByRole('button', { name: /new post/ })).toBeNull();
    // The reader asked for them: focus goes to the newest.
    expect(document.activeElement?.id).toBe('post-0940-course-record');
  });

  it('a post the page has not rendered yet is not shown half-made; the next poll brings it', async () => {
    const list = openLiveBlog();
    publish(['0930-first-finisher', 'First runner crosses the line']);
    server.rendered = OLDER;
    await poll();
    expect(headlines(list)).toEqual(['Leaders pass mile ten', 'The race starts']);
    server.rendered = server.posts;
    await poll();
    expect(headlines(list)).toEqual(['First runner crosses the line', 'Leaders pass mile ten', 'The race starts']);
  });

  it('a network failure keeps the page as it is, and the next poll catches up', async () => {
    const list = openLiveBlog();
    server.down = true;
    publish(['0930-first-finisher', 'First runner crosses the line']);
    await poll();
    expect(headlines(list)).toEqual(['Leaders pass mile ten', 'The race starts']);
    expect(screen.getByTestId('live-announcer').textContent).toBe('');
    server.down = false;
    await poll();
    expect(headlines(list)).toEqual(['First runner crosses the line', 'Leaders pass mile ten', 'The race starts']);
  });

  it('when the blog ends it says so and stops asking', async () => {
    openLiveBlog();
    server.status = 'ended';
    server.etag = '"ended"';
    await poll();
    expect(screen.getByTestId('live-announcer').textContent).toBe('This live blog has ended.');
    const asked = fetchMock.mock.calls.length;
    await poll();
    await poll();
    expect(fetchMock.mock.calls.length).toBe(asked);
  });

  it('does not poll while the tab is hidden', async () => {
    openLiveBlog();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await poll();
    expect(fetchMock).not.toHaveBeenCalled();
    visibility.mockRestore();
  });
});
