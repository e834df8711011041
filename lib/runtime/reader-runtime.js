// @ts-check
/**
 * Reader pages without the Next.js client runtime (docs/decisions/027-reader-pages-without-the-runtime.md).
 *
 * A page needs Next's runtime in the browser only when it renders a client component that does
 * something there: the search panel, a live blog's updates, an editor. Next's own client
 * components (the router's layout boundaries, next/image, next/link) and our intent-prefetching
 * Link (components/link/Link.client.tsx) render complete HTML on the server and work as plain markup.
 * A page whose React Server Components payload references nothing else gets its HTML without
 * the runtime: no chunk scripts, no script preloads, no inline payload, no bootstrap. Links
 * then load whole pages, the menu and the theme switch keep working through the inline head
 * script (components/layout/theme-script.ts), and a reader downloads a third of the bytes.
 *
 * It decides from the page itself, so nothing has to be declared: a client component added
 * tomorrow keeps the runtime on the pages that render it. Anything it cannot read (a payload in
 * another form, a module it cannot name) keeps the runtime too.
 * Plain JavaScript because the production server (server/) runs with node alone; its JSDoc
 * types are checked by `npm run typecheck` (allowJs, with `// @ts-check` in each file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';

/** Client modules that work as server HTML alone: Next's own, and our Link. */
const WORKS_WITHOUT_RUNTIME = [
  /^\[project\]\/node_modules\/next\/dist\//,
  /^\[project\]\/components\/link\/Link\.client\.tsx$/,
];

/**
 * Module id → the source paths Next's client-reference manifests give it, from the build in
 * `distDir` (.next): every `*_client-reference-manifest.js` under .next/server/app.
 * @param {string} distDir
 * @returns {Map<string, Set<string>>}
 */
export function loadClientModules(distDir) {
  /** @type {Map<string, Set<string>>} */
  const modules = new Map();
  const appDir = path.join(distDir, 'server', 'app');
  for (const entry of readdirSync(appDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('_client-reference-manifest.js')) continue;
    addManifest(modules, readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return modules;
}

/**
 * Adds one manifest file's modules (it assigns `globalThis.__RSC_MANIFEST[page] = {…}`).
 * @param {Map<string, Set<string>>} modules
 * @param {string} source
 */
export function addManifest(modules, source) {
  /** @type {{ __RSC_MANIFEST: Record<string, { clientModules?: Record<string, { id: string | number }> }> }} */
  const sandbox = { __RSC_MANIFEST: {} };
  runInNewContext(source.replaceAll('globalThis.__RSC_MANIFEST', '__RSC_MANIFEST'), sandbox);
  for (const manifest of Object.values(sandbox.__RSC_MANIFEST)) {
    for (const [name, { id }] of Object.entries(manifest.clientModules ?? {})) {
      const key = String(id);
      const paths = modules.get(key) ?? new Set();
      paths.add(name.replace(/ <module evaluation>$/, ''));
      modules.set(key, paths);
    }
  }
}

const PAYLOAD_PUSH = /self\.__next_f\.push\(\[(\d+)(?:,("(?:[^"\\]|\\.)*"))?\]\)/g;

/**
 * The ids of the client modules a page's payload references (its `I[id, …]` rows), or
 * undefined when the payload is in a form this does not read.
 * @param {string} html
 * @returns {string[] | undefined}
 */
export function clientReferenceIds(html) {
  let payload = '';
  for (const [, kind, text] of html.matchAll(PAYLOAD_PUSH)) {
    if (kind === '0') continue;
    if (kind !== '1' || text === undefined) return undefined;
    payload += /** @type {string} */ (JSON.parse(text));
  }
  return [...payload.matchAll(/(?:^|\n)[0-9a-f]+:I\[([^,\]]+)/g)].map(([, id]) => String(id));
}

/**
 * Whether the page in `html` needs the Next.js runtime in the browser.
 * @param {string} html
 * @param {Map<string, Set<string>>} modules from loadClientModules
 */
export function needsRuntime(html, modules) {
  if (!html.includes('self.__next_f')) return false;
  // Next's error shell (<html id="__next_error__">, e.g. the 404 of a path that does not decode)
  // has an empty body that only the runtime fills in.
  if (/<html\b[^>]*\bid="__next_error__"/.test(html)) return true;
  const ids = clientReferenceIds(html);
  if (!ids) return true;
  return ids.some((id) => {
    const paths = modules.get(id);
    return !paths || [...paths].some((name) => !WORKS_WITHOUT_RUNTIME.some((pattern) => pattern.test(name)));
  });
}

/**
 * The page without Next's runtime: its chunk scripts and their preloads, the inline payload
 * and the Turbopack bootstrap. Our head script and JSON-LD stay.
 * @param {string} html
 */
export function withoutRuntime(html) {
  return html
    .replace(/<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\bhref="\/_next\/[^"]*"[^>]*>/g, '')
    .replace(/<script>\(?self\.__next_f[\s\S]*?<\/script>/g, '')
    .replace(/<script id="_R_">[\s\S]*?<\/script>/g, '');
}

/**
 * The page as a reader should get it: without the runtime when it does not need it.
 * @param {string} html
 * @param {Map<string, Set<string>>} modules
 */
export function forReaders(html, modules) {
  return needsRuntime(html, modules) ? html : withoutRuntime(html);
}
