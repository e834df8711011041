// @vitest-environment happy-dom
/**
 * A live blog page as a reader sees it: the LIVE label and coverage line, the pinned post, the
 * key events leading to their posts, the posts newest first, and the way to older posts. The
 * bodies are compiled by the same compile as the build's (lib/mdx/compile.ts).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { LiveBlogDetail, LivePostView } from '@/lib/content/types';
import { formatPostTime } from '@/lib/format';
import { compileBody } from '@/lib/mdx/compile';

import { LiveBlogView } from './LiveBlogView';

const URL = '/sports/harbourside-half-marathon-live';
const AUTHOR = { slug: 'amara-okafor', name: 'Amara Okafor', role: 'Sports reporter', url: '/author/amara-okafor' };

let posts: Record<string, LivePostView>;

async function livePost(
  id: string,
  time: string,
  text: string,
  extra: Partial<LivePostView> = {},
): Promise<LivePostView> {
  return { id, time, authors: [AUTHOR], keyEvent: false, pinned: false, bodyCode: await compileBody(text), ...extra };
}

beforeAll(async () => {
  posts = {
    pinned: await livePost('0800-how-to-follow', '2026-11-28T08:00:00Z', 'Road closures and where to watch.', {
      title: 'How to follow the race',
      pinned: true,
    }),
    record: await livePost('1005-course-record', '2026-11-28T10:05:00Z', 'A new course record by 41 seconds.', {
      title: 'Course record falls',
      keyEvent: true,
    }),
    water: await livePost('0950-water-station', '2026-11-28T09:50:00Z', 'The water station at mile eight ran dry.'),
    start: await livePost('0900-race-starts', '2026-11-28T09:00:00Z', 'The elite field is away.', {
      title: 'The race starts',
      keyEvent: true,
    }),
  };
});

function blog(overrides: Partial<LiveBlogDetail> = {}): LiveBlogDetail {
  const { pinned, record, water, start } = posts;
  return {
    slug: 'harbourside-half-marathon-live',
    url: URL,
    title: 'Harbourside half marathon live',
    dek: 'Follow the city’s half marathon as it happens.',
    excerpt: 'Follow the race.',
    date: '2026-11-28T08:00:00Z',
    modified: '2026-11-28T10:05:00Z',
    section: 'sports',
    sectionTitle: 'Sports',
    kicker: 'Live',
    bodyCode: '',
    hasCard: false,
    authors: [AUTHOR],
    tags: [],
    wordCount: 40,
    breaking: false,
    alsoRead: {},
    status: 'live',
    coverageStart: '2026-11-28T08:00:00Z',
    postCount: 4,
    pinned,
    keyEvents: [
      { id: record!.id, title: 'Course record falls', time: record!.time, href: `${URL}#post-${record!.id}` },
      { id: start!.id, title: 'The race starts', time: start!.time, href: `${URL}#post-${start!.id}` },
    ],
    posts: [record!, water!, start!],
    isOlderPage: false,
    newest: [record!, water!, start!],
    ...overrides,
  };
}

function show(detail: LiveBlogDetail, updates?: { postsUrl: string; pollSeconds: number }) {
  render(
    <LiveBlogView blog={detail} renderedAt="2026-11-28T12:00:00Z" socialImagePath="/card.png" updates={updates} />,
  );
}

/** The post articles of the page's list of posts, by their anchors, top to bottom. */
const listed = () => [...document.querySelectorAll('#live-posts > article')].map((post) => post.id);

afterEach(cleanup);

describe('a live blog page', () => {
  /** The blog's own introduction, compiled like every body. */
  let introduction = '';
  beforeAll(async () => {
    introduction = await compileBody('The city’s half marathon, mile by mile.');
  });

  it('while live: a LIVE label, the headline, since when it has run, and that new posts appear', () => {
    show(blog({ bodyCode: introduction }), { postsUrl: `${URL}/posts.json`, pollSeconds: 30 });
    const header = screen.getByRole('heading', { level: 1, name: 'Harbourside half marathon live' }).closest('header')!;
    expect(within(header).getByText('Live', { exact: true })).toBeTruthy();
    expect(screen.getByTestId('live-status').textContent).toMatch(/^Live coverage since /);
    expect(screen.getByText('The city’s half marathon, mile by mile.')).toBeTruthy();
    expect(screen.getByTestId('rendered-at').textContent).toContain('New posts appear here as they are published');
    expect(screen.getByTestId('live-announcer')).toBeTruthy();
  });

  it('shows the pinned post first, labelled, above the posts, and not again among them', () => {
    show(blog({ bodyCode: introduction }));
    const pinned = screen.getByRole('region', { name: 'Pinned post' });
    expect(within(pinned).getByText('Pinned')).toBeTruthy();
    expect(within(pinned).getByRole('heading', { name: 'How to follow the race' })).toBeTruthy();
    expect(within(pinned).getByText('Road closures and where to watch.')).toBeTruthy();
    const latest = screen.getByRole('region', { name: 'Latest posts' });
    expect(pinned.compareDocumentPosition(latest) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(listed()).not.toContain('post-0800-how-to-follow');
  });

  it('lists the key events, newest first, each a link to its post with its time', () => {
    show(blog({ bodyCode: introduction }));
    const events = screen.getByRole('navigation', { name: 'Key events' });
    const links = within(events).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `${URL}#post-1005-course-record`,
      `${URL}#post-0900-race-starts`,
    ]);
    expect(links[0]?.textContent).toBe(`${formatPostTime('2026-11-28T10:05:00Z')}Course record falls`);
    // The post a key event leads to is on the page, marked as a key event.
    const record = document.getElementById('post-1005-course-record')!;
    expect(within(record).getByText('Key event')).toBeTruthy();
    expect(within(document.getElementById('post-0950-water-station')!).queryByText('Key event')).toBeNull();
  });

  it('shows the posts newest first, each with a permanent anchor and its time', () => {
    show(blog({ bodyCode: introduction }));
    expect(listed()).toEqual(['post-1005-course-record', 'post-0950-water-station', 'post-0900-race-starts']);
    const water = document.getElementById('post-0950-water-station')!;
    const anchor = within(water).getByRole('link', { name: formatPostTime('2026-11-28T09:50:00Z') });
    expect(anchor.getAttribute('href')).toBe('#post-0950-water-station');
    expect(within(water).getByText('The water station at mile eight ran dry.')).toBeTruthy();
    expect(within(water).getByText('Amara Okafor')).toBeTruthy();
  });

  it('without key events or a pinned post, shows neither box', () => {
    show(blog({ bodyCode: introduction, keyEvents: [], pinned: undefined }));
    expect(screen.queryByRole('navigation', { name: 'Key events' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Pinned post' })).toBeNull();
  });

  it('once ended: no LIVE label, says it has ended, and no longer updates itself', () => {
    show(blog({ bodyCode: introduction, status: 'ended', coverageEnd: '2026-11-28T13:00:00Z' }));
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(within(header).queryByText('Live', { exact: true })).toBeNull();
    expect(screen.getByTestId('live-status').textContent).toMatch(
      /^Live coverage from .+ to .+\. This live blog has ended\.$/,
    );
    expect(screen.queryByTestId('rendered-at')).toBeNull();
    expect(screen.queryByTestId('live-announcer')).toBeNull();
  });

  it('where nothing can update it (a static host), tells a live blog’s reader to reload', () => {
    show(blog({ bodyCode: introduction }));
    expect(screen.getByTestId('rendered-at').textContent).not.toContain('New posts appear here');
    expect(screen.getByTestId('rendered-at').textContent).toContain('reload the page to see newer posts');
    expect(screen.queryByTestId('live-announcer')).toBeNull();
  });

  it('an older page leads back to the newest posts and on to older ones', () => {
    const { water, start } = posts;
    show(
      blog({
        bodyCode: introduction,
        isOlderPage: true,
        pinned: undefined,
        posts: [water!, start!],
        olderHref: `${URL}/page/0900-race-starts`,
      }),
    );
    expect(screen.getByRole('region', { name: 'Older posts' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Newest posts' }).getAttribute('href')).toBe(URL);
    expect(screen.getByRole('link', { name: 'Older posts →' }).getAttribute('href')).toBe(
      `${URL}/page/0900-race-starts`,
    );
  });
});
