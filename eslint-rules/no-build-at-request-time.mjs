// @ts-check
/**
 * Build time and request time stay apart: lib/build writes the content store and its caches
 * (store writer, compiled bodies, body checks, frontmatter), and nothing that answers a request
 * (routes, components, lib/content, the route guard, the server) may load it. Paths both sides
 * need live in lib/paths.ts. `import type` is fine: it vanishes at build time.
 */
import { importBoundary } from './import-boundary.mjs';

export const noBuildAtRequestTime = importBoundary({
  folders: ['lib/build'],
  typesAllowed: true,
  description: 'Forbid request-time code from importing lib/build (types excepted).',
  message:
    "'{{source}}' is build-time code: a request reads what the build wrote through lib/content (paths come from lib/paths).",
});
