/**
 * The search page's view of Pagefind's browser API. Loaded on demand, only on /search: the
 * year bundles of the last full build (/pagefind/indexes.json, newest first) and, when the
 * server has one, the delta of what was published since (/pagefind-delta/current.json), merged
 * with Pagefind's multisite API into one search (docs/decisions/search-index-per-year.md).
 * Every file is same-origin, as the Content-Security-Policy requires (decision 019).
 */
import { DELTA_POINTER_URL, MANIFEST_URL, type DeltaPointer, type SearchManifest } from './search-bundles';
import { NO_TOMBSTONES, resultsToCheck, visibleResults, type Tombstones } from './visible-results';

export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string; date?: string; dateText?: string };
}

interface PagefindHit {
  id: string;
  data(): Promise<PagefindResult>;
}

interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: { excerptLength?: number }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] }>;
}

interface LoadedSearch {
  /** Undefined when there is nothing to search: no published story at all. */
  pagefind?: Pagefind;
  tombstones: Tombstones;
}

const EXCERPT = { excerptLength: 24 };

/** JSON from the site, or undefined when it is not there (404, or a host's HTML fallback page). */
async function optionalJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.status === 404 || !response.headers.get('content-type')?.includes('json')) return undefined;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

let loading: Promise<LoadedSearch> | undefined;

function loadSearch(): Promise<LoadedSearch> {
  loading ??= (async () => {
    const [manifest, delta] = await Promise.all([
      optionalJson<SearchManifest>(MANIFEST_URL),
      // No delta: the static export, or nothing published since the build.
      optionalJson<DeltaPointer>(DELTA_POINTER_URL),
    ]);
    if (!manifest) throw new Error(`${MANIFEST_URL} is missing: run npm run build:search`);
    const bundles = [...manifest.bundles.map((bundle) => bundle.url), ...(delta?.url ? [delta.url] : [])];
    const tombstones = delta
      ? { hiddenIds: new Set(delta.hiddenIds), tombstones: new Set(delta.tombstones) }
      : NO_TOMBSTONES;
    const [first, ...rest] = bundles;
    if (!first) return { tombstones };
    // The first bundle (the newest year, or the delta on a site with no base yet) carries
    // Pagefind's script and WebAssembly; a URL the bundler must leave alone.
    const pagefind = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ `${first}pagefind.js`
    )) as Pagefind;
    await pagefind.options(EXCERPT);
    await pagefind.init();
    await Promise.all(rest.map((url) => pagefind.mergeIndex(url, EXCERPT)));
    return { pagefind, tombstones };
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
  const { pagefind, tombstones } = await loadSearch();
  if (!pagefind) return { total: 0, results: [] };
  const { results } = await pagefind.search(query, sectionTitle ? { filters: { section: sectionTitle } } : {});
  const checked = new Map(
    await Promise.all(resultsToCheck(results, tombstones).map(async (hit) => [hit, await hit.data()] as const)),
  );
  const urls = new Map([...checked].map(([hit, data]) => [hit, data.url]));
  const visible = visibleResults(results, tombstones, urls);
  return {
    total: visible.length,
    results: await Promise.all(visible.slice(0, RESULTS_SHOWN).map((hit) => checked.get(hit) ?? hit.data())),
  };
}
