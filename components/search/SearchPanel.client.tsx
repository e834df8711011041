'use client';
/**
 * The search box and its results: the only client component outside the article's baseline
 * (decision 004). The query and section live in the URL (?q=…&section=…), so a results page
 * can be shared, bookmarked and reloaded. Native form controls keep it keyboard friendly; a
 * polite live region announces how many stories matched.
 */
import { type SubmitEvent, useEffect, useRef, useState } from 'react';

import { type PagefindResult, searchStories } from '@/lib/search/pagefind-client';

interface Props {
  sections: { slug: string; title: string }[];
  archiveUrl: string;
}

type State =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; total: number; results: PagefindResult[] }
  | { status: 'failed' };

const TYPING_PAUSE_MS = 250;

export function SearchPanel({ sections, archiveUrl }: Props) {
  const [query, setQuery] = useState('');
  const [section, setSection] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const latestRun = useRef(0);
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Start from the URL: a shared or reloaded results page shows its results. Without a query
  // there, keep what the reader typed while the page was still loading: links from reader pages
  // arrive here by a full page load (they run no Next.js runtime), and a fast typist can beat
  // hydration; the first render after it would otherwise empty the box.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setQuery(params.get('q') ?? input.current?.value ?? '');
    setSection(sections.some((s) => s.slug === params.get('section')) ? (params.get('section') as string) : '');
    setReady(true);
  }, [sections]);

  useEffect(() => {
    if (!ready) return;
    const url = new URL(window.location.href);
    url.search = '';
    if (query.trim()) url.searchParams.set('q', query.trim());
    if (section) url.searchParams.set('section', section);
    window.history.replaceState(null, '', url);

    const run = ++latestRun.current;
    if (!query.trim()) {
      setState({ status: 'idle' });
      return;
    }
    const search = async () => {
      setState({ status: 'searching', query: query.trim() });
      try {
        const title = sections.find((s) => s.slug === section)?.title;
        const found = await searchStories(query.trim(), title);
        if (run === latestRun.current) setState({ status: 'done', query: query.trim(), ...found });
      } catch {
        if (run === latestRun.current) setState({ status: 'failed' });
      }
    };
    // search() catches its own failures, so nothing is left to handle here.
    const timer = window.setTimeout(() => void search(), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query, section, ready, sections]);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
  };
  const sectionTitle = sections.find((s) => s.slug === section)?.title;

  return (
    <div className="mt-6">
      <form
        role="search"
        action="/search"
        method="get"
        onSubmit={onSubmit}
        className="flex flex-wrap items-end gap-4 font-sans"
      >
        <div className="flex min-w-0 flex-1 flex-col">
          <label htmlFor="search-query" className="text-sm font-semibold">
            Search stories
          </label>
          <input
            ref={input}
            id="search-query"
            name="q"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="mt-1 w-full rounded border border-muted px-3 py-2 text-lg"
          />
        </div>
        <div className="flex flex-col">
          <label htmlFor="search-section" className="text-sm font-semibold">
            Section
          </label>
          <select
            id="search-section"
            name="section"
            value={section}
            onChange={(event) => setSection(event.target.value)}
            className="mt-1 rounded border border-muted px-3 py-2 text-lg"
          >
            <option value="">All sections</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      </form>

      <p role="status" aria-live="polite" className="mt-6 font-sans text-muted">
        {ready && statusText(state, sectionTitle)}
      </p>
      {state.status === 'done' && state.total === 0 && (
        <p className="mt-2 text-lg">
          Check the spelling, try fewer or different words{sectionTitle ? ', search all sections' : ''}, or browse the{' '}
          <a href={archiveUrl} className="text-link underline">
            archive
          </a>
          .
        </p>
      )}
      {state.status === 'done' && state.results.length > 0 && (
        <ol aria-label="Search results" className="mt-4 divide-y divide-rule">
          {state.results.map((result) => (
            <li key={result.url} className="py-4">
              <p className="font-sans text-xs font-semibold tracking-wide text-accent uppercase">
                {result.meta.section}
              </p>
              <h2 className="mt-1 font-serif text-xl leading-snug font-semibold">
                <a href={result.url} className="headline-link text-ink">
                  {result.meta.title}
                </a>
              </h2>
              {/* Pagefind escapes the text and marks the matched words with <mark>. */}
              <p
                className="mt-1 leading-relaxed text-muted [&_mark]:bg-yellow-200 [&_mark]:text-ink"
                dangerouslySetInnerHTML={{ __html: result.excerpt }}
              />
              {result.meta.date && (
                <p className="mt-1 font-sans text-xs text-muted">
                  <time dateTime={result.meta.date}>{result.meta.dateText}</time>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function statusText(state: State, sectionTitle?: string): string {
  const where = sectionTitle ? ` in ${sectionTitle}` : '';
  switch (state.status) {
    case 'idle':
      return 'Type a word or a name to search every story.';
    case 'searching':
      return `Searching for “${state.query}”…`;
    case 'failed':
      return 'Search is not available right now. Please try again later.';
    case 'done':
      if (state.total === 0) return `No stories found for “${state.query}”${where}.`;
      return `${state.total} ${state.total === 1 ? 'story' : 'stories'} found for “${state.query}”${where}${state.total > state.results.length ? `, showing the first ${state.results.length}` : ''}.`;
  }
}
