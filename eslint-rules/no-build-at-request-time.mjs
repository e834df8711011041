// @ts-check
/**
 * Build time and request time stay apart: lib/source reads content files, lib/validation checks
 * them, lib/build writes the content store and its caches, lib/publish runs `npm run publish`,
 * and nothing that answers a request (routes, components, lib/content, the route guard, the
 * server) may load them. Paths both sides need live in lib/paths.ts; what the revalidate
 * endpoint runs lives in lib/revalidate. `import type` is fine: it vanishes at build time.
 */
import { importBoundary } from './import-boundary.mjs';

export const noBuildAtRequestTime = importBoundary({
  folders: ['lib/source', 'lib/validation', 'lib/build', 'lib/publish'],
  typesAllowed: true,
  description:
    'Forbid request-time code from importing lib/source, lib/validation, lib/build or lib/publish (types excepted).',
  message:
    "'{{source}}' is build or publish code: a request reads what the build wrote through lib/content (paths come from lib/paths, the revalidate endpoint's helpers from lib/revalidate).",
});
