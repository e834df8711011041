/**
 * The search page's view of Pagefind's browser API. Loaded on demand, only on /search: the
 * year bundles of the last full build (/pagefind/indexes.json, newest first) and, when the
 * server has one, the delta of what was published since (/pagefind-delta/current.json), merged
 * with Pagefind's multisite API into one search (docs/decisions/024-search-index-per-year.md).
 * Every file is same-origin, as the Content-Security-Policy requires (decision 019).
 */
import { bundlesToShow, matchedWords, queryTerms } from './prefix-fallback';
import { DELTA_POINTER_URL, type DeltaPointer, MANIFEST_URL, type SearchManifest } from './search-bundles';
import { NO_TOMBSTONES, resultsToCheck, type Tombstones, visibleResults } from './visible-results';

export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string; date?: string; dateText?: string };
  /** The page's text, and the positions of the words the search matched in it. */
  content: string;
  locations: number[];
}

interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResult>;
}

type Filters = Record<string, string>;

export interface Pagefind {
  options(options: BundleOptions & { basePath?: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: BundleOptions): Promise<void>;
  search(query: string, options?: { filters?: Filters }): Promise<{ results: PagefindHit[] }>;
}

interface BundleOptions {
  excerptLength?: number;
  /** A filter every page of the bundle gets in the browser, so one search can ask one bundle. */
  mergeFilter?: Filters;
}

export interface LoadedSearch {
  /** Undefined when there is nothing to search: no published story at all. */
  pagefind?: Pagefind;
  /** The `bundle` filter's value of each bundle: its year, or "delta". */
  bundles: string[];
  tombstones: Tombstones;
}

const bundleOptions = (key: string): BundleOptions => ({ excerptLength: 24, mergeFilter: { bundle: key } });

/** JSON from the site, or undefined when it is not there (404, or a host's HTML fallback page). */
async function optionalJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.status === 404 || !response.headers.get('content-type')?.includes('json')) return undefined;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The manifest, the delta if any, and every bundle merged into one Pagefind search. */
export async function openSearch(importScript: (url: string) => Promise<Pagefind>): Promise<LoadedSearch> {
  const [manifest, delta] = await Promise.all([
    optionalJson<SearchManifest>(MANIFEST_URL),
    // No delta: the static export, or nothing published since the build.
    // (`null`, or a 404 from a host that was given no pointer file).
    optionalJson<DeltaPointer | null>(DELTA_POINTER_URL),
  ]);
  if (!manifest) throw new Error(`${MANIFEST_URL} is missing: run npm run build:search`);
  const bundles = [
    ...manifest.bundles.map((bundle) => ({ key: String(bundle.year), url: bundle.url })),
    ...(delta?.url ? [{ key: 'delta', url: delta.url }] : []),
  ];
  const tombstones = delta
    ? { hiddenIds: new Set(delta.hiddenIds), tombstones: new Set(delta.tombstones) }
    : NO_TOMBSTONES;
  const keys = bundles.map((bundle) => bundle.key);
  const [first, ...rest] = bundles;
  if (!first) return { bundles: keys, tombstones };
  // The first bundle (the newest year, or the delta on a site with no base yet) carries
  // Pagefind's script and WebAssembly; the others only their index.
  const pagefind = await importScript(`${first.url}pagefind.js`);
  await pagefind.options({ ...bundleOptions(first.key), basePath: first.url });
  await pagefind.init();
  await Promise.all(rest.map((bundle) => pagefind.mergeIndex(bundle.url, bundleOptions(bundle.key))));
  return { pagefind, bundles: keys, tombstones };
}

/** How many results the page shows at once; Pagefind loads each result's data separately. */
export const RESULTS_SHOWN = 20;

/**
 * One query over the merged bundles: each bundle searched on its own (a filter on its key), so
 * that bundles which only found Pagefind's near-misses can be left out (./prefix-fallback.ts),
 * then every result in score order, as Pagefind's merged search orders them, without base
 * copies of changed or removed stories.
 */
export async function searchIn(
  { pagefind, bundles, tombstones }: LoadedSearch,
  query: string,
  sectionTitle?: string,
): Promise<{ total: number; results: PagefindResult[] }> {
  if (!pagefind) return { total: 0, results: [] };
  const section: Filters = sectionTitle ? { section: sectionTitle } : {};
  const perBundle = await Promise.all(
    bundles.map(async (key) => {
      const { results } = await pagefind.search(query, { filters: { ...section, bundle: key } });
      return { key, results, best: results[0] && (await results[0].data()) };
    }),
  );
  const shown = bundlesToShow(
    perBundle.map(({ key, best }) => ({ key, words: best && matchedWords(best) })),
    queryTerms(query),
  );
  const results = perBundle
    .filter(({ key }) => shown.has(key))
    .flatMap((bundle) => bundle.results)
    .sort((a, b) => b.score - a.score);

  const loaded = new Map(
    perBundle.flatMap(({ results, best }) => (best && results[0] ? [[results[0], best] as const] : [])),
  );
  const load = async (hit: PagefindHit) => loaded.get(hit) ?? hit.data();
  const checked = new Map(
    await Promise.all(resultsToCheck(results, tombstones).map(async (hit) => [hit, await load(hit)] as const)),
  );
  const urls = new Map([...checked].map(([hit, data]) => [hit, data.url]));
  const visible = visibleResults(results, tombstones, urls);
  return {
    total: visible.length,
    results: await Promise.all(visible.slice(0, RESULTS_SHOWN).map(load)),
  };
}

let loading: Promise<LoadedSearch> | undefined;

function loadSearch(): Promise<LoadedSearch> {
  if (!loading) {
    // A URL the bundler must leave alone: the bundle is a static file, not a module of this app.
    loading = openSearch(
      (url) => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>,
    );
    loading.catch(() => {
      loading = undefined; // a reader who searches again tries again
    });
  }
  return loading;
}

export async function searchStories(
  query: string,
  sectionTitle?: string,
): Promise<{ total: number; results: PagefindResult[] }> {
  return searchIn(await loadSearch(), query, sectionTitle);
}
