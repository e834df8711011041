// @vitest-environment happy-dom
/**
 * The search page as a reader uses it. What is stubbed is what the browser would fetch: the
 * index manifest and the delta pointer (fetch), and Pagefind's own script, which
 * lib/search/pagefind-client.ts loads with import() from the newest bundle's URL. Everything
 * between (merging bundles, filters, ordering) is the real code.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Story {
  id: string;
  url: string;
  title: string;
  section: string;
  year: number;
  content: string;
}

const STORIES: Story[] = [
  {
    id: 'a1',
    url: '/world/moon-seeks-us-backing-korean-war-end',
    title: 'Moon seeks US backing to declare the Korean War over',
    section: 'World',
    year: 2026,
    content: 'President Moon asked Austin in Seoul for support on an end-of-war declaration',
  },
  {
    id: 'a2',
    url: '/business/harbour-crane-collapses',
    title: 'Harbour crane collapses at the container terminal',
    section: 'Business',
    year: 2026,
    content: 'A crane fell across the quay at the harbour in Seoul overnight',
  },
  {
    id: 'b1',
    url: '/uk/flood-defences-ready',
    title: 'Flood defences ready before the storm',
    section: 'UK',
    year: 2025,
    content: 'The river barrier was tested before the storm reached the coast',
  },
];

/** Pagefind's browser API over STORIES, one bundle per year, as the real one answers. */
const pagefind = vi.hoisted(() => ({
  stories: [] as Story[],
  options: vi.fn(() => Promise.resolve()),
  init: vi.fn(() => Promise.resolve()),
  mergeIndex: vi.fn(() => Promise.resolve()),
  search: vi.fn(),
}));

// The script's URL as the manifest below names it (the 2026 bundle, newest first, carries it).
vi.mock('/pagefind/2026/pagefind.js', () => pagefind);

function search(query: string, { filters }: { filters?: Record<string, string> } = {}) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const results = pagefind.stories
    .filter(
      (story) => String(story.year) === filters?.bundle && (!filters.section || story.section === filters.section),
    )
    .flatMap((story) => {
      const words = `${story.title} ${story.content}`.split(/\s+/);
      const locations = words.flatMap((word, at) =>
        terms.some((term) => word.toLowerCase().startsWith(term)) ? [at] : [],
      );
      if (!terms.every((term) => words.some((word) => word.toLowerCase().startsWith(term)))) return [];
      const data = {
        url: story.url,
        excerpt: words.map((word, at) => (locations.includes(at) ? `<mark>${word}</mark>` : word)).join(' '),
        meta: {
          title: story.title,
          section: story.section,
          date: `${story.year}-11-20`,
          dateText: `20 November ${story.year}`,
        },
        content: words.join(' '),
        locations,
      };
      return [{ id: story.id, score: locations.length, data: () => Promise.resolve(data) }];
    });
  return Promise.resolve({ results });
}

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const MANIFEST = {
  bundles: [
    { year: 2026, url: '/pagefind/2026/', stories: 2 },
    { year: 2025, url: '/pagefind/2025/', stories: 1 },
  ],
};

/** The site as the browser sees it: the manifest, no delta yet. */
function serveIndex(manifest: Response | (() => Promise<Response>) = json(MANIFEST)) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      if (url === '/pagefind/indexes.json')
        return typeof manifest === 'function' ? manifest() : Promise.resolve(manifest.clone());
      if (url === '/pagefind-delta/current.json') return Promise.resolve(json(null));
      return Promise.resolve(new Response('not found', { status: 404 }));
    }),
  );
}

const SECTIONS = [
  { slug: 'world', title: 'World' },
  { slug: 'business', title: 'Business' },
  { slug: 'uk', title: 'UK' },
];

/** A fresh search page: pagefind-client keeps the loaded index for the page's life, so each test loads the module anew. */
async function openSearchPage(address = '/search') {
  window.history.replaceState(null, '', address);
  vi.resetModules();
  const { SearchPanel } = await import('./SearchPanel.client');
  render(<SearchPanel sections={SECTIONS} archiveUrl="/archive" />);
  return userEvent.setup();
}

const status = () => screen.getByRole('status');

beforeEach(() => {
  pagefind.stories = STORIES;
  pagefind.search.mockImplementation(search);
  serveIndex();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

describe('the search page', () => {
  it('invites a search before anything is typed', async () => {
    await openSearchPage();
    expect(await screen.findByText('Type a word or a name to search every story.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
  });

  it('typing a query shows the matching stories, each a link to the story, and says how many', async () => {
    const user = await openSearchPage();
    await user.type(screen.getByRole('searchbox', { name: 'Search stories' }), 'seoul');
    const results = await screen.findByRole('list', { name: 'Search results' });
    const links = within(results).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Moon seeks US backing to declare the Korean War over', '/world/moon-seeks-us-backing-korean-war-end'],
      ['Harbour crane collapses at the container terminal', '/business/harbour-crane-collapses'],
    ]);
    expect(status().textContent).toBe('2 stories found for “seoul”.');
    // The matched word is marked in each excerpt.
    expect(within(results).getAllByText('Seoul', { selector: 'mark' })).toHaveLength(2);
    // The query is in the address, so the results can be shared and reloaded.
    expect(new URL(window.location.href).searchParams.get('q')).toBe('seoul');
  });

  it('narrows to one section when the reader picks it', async () => {
    const user = await openSearchPage();
    await user.type(screen.getByRole('searchbox', { name: 'Search stories' }), 'seoul');
    await screen.findByRole('list', { name: 'Search results' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'Business');
    await vi.waitFor(() => expect(status().textContent).toBe('1 story found for “seoul” in Business.'));
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(
      within(results)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Harbour crane collapses at the container terminal']);
  });

  it('a shared results page (?q=…) shows its results without typing', async () => {
    await openSearchPage('/search?q=storm');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getByRole('link').getAttribute('href')).toBe('/uk/flood-defences-ready');
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search stories' }).value).toBe('storm');
  });

  it('a query that matches nothing says so and offers the archive', async () => {
    const user = await openSearchPage();
    await user.type(screen.getByRole('searchbox', { name: 'Search stories' }), 'zeppelin');
    await vi.waitFor(() => expect(status().textContent).toBe('No stories found for “zeppelin”.'));
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
    expect(screen.getByRole('link', { name: 'archive' }).getAttribute('href')).toBe('/archive');
  });

  it('when the index cannot be loaded, the reader is told search is not available, and the box still works', async () => {
    serveIndex(() => Promise.reject(new TypeError('Failed to fetch')));
    const user = await openSearchPage();
    const box = screen.getByRole('searchbox', { name: 'Search stories' });
    await user.type(box, 'seoul');
    await vi.waitFor(() =>
      expect(status().textContent).toBe('Search is not available right now. Please try again later.'),
    );
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();

    // The network is back: searching again loads the index and finds the stories.
    serveIndex();
    await user.type(box, ' crane');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(
      within(results)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/business/harbour-crane-collapses']);
  });

  it('when Pagefind itself fails, the reader is told so', async () => {
    pagefind.search.mockImplementation(() => Promise.reject(new Error('wasm failed')));
    const user = await openSearchPage();
    await user.type(screen.getByRole('searchbox', { name: 'Search stories' }), 'seoul');
    await vi.waitFor(() =>
      expect(status().textContent).toBe('Search is not available right now. Please try again later.'),
    );
  });
});
