/**
 * The slice of Pagefind's browser API (/pagefind/pagefind.js, written at build time) that the
 * search page uses. Loaded on demand, only on /search.
 */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string; date?: string; dateText?: string };
}

interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] }>;
}

const BUNDLE = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A URL the bundler must leave alone: the bundle is a static file, not a module of this app.
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ BUNDLE)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** How many results the page shows at once; Pagefind loads each result's data separately. */
export const RESULTS_SHOWN = 20;

export async function searchStories(
  query: string,
  sectionTitle?: string,
): Promise<{ total: number; results: PagefindResult[] }> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query, sectionTitle ? { filters: { section: sectionTitle } } : {});
  return {
    total: results.length,
    results: await Promise.all(results.slice(0, RESULTS_SHOWN).map((result) => result.data())),
  };
}
