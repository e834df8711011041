// @ts-check
/**
 * Components take plain props (docs/ARCHITECTURE.md): a route calls lib/content and hands the results down,
 * so a component never imports the content reader or Contentlayer's data. The prop types that
 * lib/content/types.ts declares may be imported with `import type`; they vanish at build time.
 */
import { importBoundary } from './import-boundary.mjs';

export const noContentInComponents = importBoundary({
  folders: ['lib/content', 'contentlayer/generated', '.contentlayer/generated'],
  typesAllowed: true,
  description: 'Forbid components from importing lib/content or Contentlayer data (types excepted).',
  message:
    "Components take plain props: call '{{source}}' in the route and pass the result down (`import type` is fine).",
});
