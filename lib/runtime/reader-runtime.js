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
import {
  addManifest,
  clientReferenceIds,
  hasPayload,
  isErrorShell,
  isNextOwnModule,
  loadClientModules,
  withoutRuntime,
} from './next-internals.js';

// What this file knows of Next's private formats (the manifests, the payload, the runtime's
// scripts) it asks lib/runtime/next-internals.js; e2e/next-internals.spec.ts checks that against a real build.
export { addManifest, clientReferenceIds, loadClientModules, withoutRuntime };

/**
 * Client modules that work as server HTML alone: Next's own, and our Link. Paths from the
 * project root, as next-internals.js reads them from the build's manifests.
 * @param {string} file
 */
export function worksWithoutRuntime(file) {
  return isNextOwnModule(file) || file === 'components/link/Link.client.tsx';
}

/**
 * Whether the page in `html` needs the Next.js runtime in the browser.
 * @param {string} html
 * @param {Map<string, Set<string>>} modules from loadClientModules
 */
export function needsRuntime(html, modules) {
  if (!hasPayload(html)) return false;
  // Next's error shell (e.g. the 404 of a path that does not decode) has an empty body that
  // only the runtime fills in.
  if (isErrorShell(html)) return true;
  const ids = clientReferenceIds(html);
  if (!ids) return true;
  return ids.some((id) => {
    const paths = modules.get(id);
    return !paths || [...paths].some((file) => !worksWithoutRuntime(file));
  });
}

/**
 * The page as a reader should get it: without the runtime when it does not need it.
 * @param {string} html
 * @param {Map<string, Set<string>>} modules
 */
export function forReaders(html, modules) {
  return needsRuntime(html, modules) ? html : withoutRuntime(html);
}
