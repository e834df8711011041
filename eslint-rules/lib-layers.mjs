// @ts-check
/**
 * The folders of lib/ in layers, from the bottom up (docs/ARCHITECTURE.md, "What may import
 * what"). A file in lib/ may import its own layer and the layers below it, never a layer above,
 * types included, so two folders can never import each other both ways; `lib` is the files
 * directly in lib/ (lib/paths.ts, lib/routes.ts, …). scripts/architecture/lib-graph.test.ts
 * fails on any loop between folders that is left (folders in one layer may import each other,
 * one way) and on a folder with no layer here.
 *
 * lib/ imports nothing from app/ or components/, with one exception: the editor's configuration
 * (lib/editor) hands Keystatic the editor's own browser forms (components/editor/).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import { importRule } from './import-boundary.mjs';

/** @type {readonly { name: string, folders: readonly string[], holds: string }[]} */
export const LIB_LAYERS = [
  {
    name: 'leaves',
    folders: ['lib/env', 'lib/static-export', 'lib/security', 'lib/runtime', 'lib/redirects', 'lib/db'],
    holds:
      'modules that need nothing else of lib/: the environment (lib/env.js), the plain JavaScript the server runs, the database layer',
  },
  { name: 'shared', folders: ['lib'], holds: 'site settings, paths, clock, URLs, route manifest, formatting' },
  {
    name: 'schema',
    folders: ['lib/schema', 'lib/mdx'],
    holds: 'what content may say: fields, body components, embeds',
  },
  { name: 'reader', folders: ['lib/content'], holds: 'the content store as the routes read it' },
  {
    name: 'request',
    folders: ['lib/seo', 'lib/search', 'lib/revalidate'],
    holds: 'feeds, sitemaps and metadata; search; the revalidate endpoint',
  },
  { name: 'guard', folders: ['lib/route-guard'], holds: 'which addresses exist' },
  { name: 'source', folders: ['lib/source'], holds: 'reading content files: frontmatter, held-back, fingerprints' },
  { name: 'validation', folders: ['lib/validation'], holds: 'the content check and its rules' },
  { name: 'build', folders: ['lib/build'], holds: 'the content store, compiled bodies, the manifest' },
  { name: 'publish', folders: ['lib/publish'], holds: '`npm run publish`' },
  {
    name: 'tools',
    folders: ['lib/newsroom', 'lib/editor', 'lib/dev'],
    holds: 'the editor, `npm run new`, `npm run dev`',
  },
  { name: 'desk', folders: ['lib/desk'], holds: 'the newsroom desk' },
];

/** Files directly in lib/ that count as a folder of their own, so they can sit in a lower layer. */
const FILE_UNITS = new Set(['lib/env']);

/**
 * The lib/ folder a project path counts for: lib/<name> for anything below lib/<name>/, `lib`
 * for a file directly in lib/; undefined outside lib/.
 * @param {string} projectPath e.g. 'lib/build/store-writer.ts', 'lib/paths', 'lib/content' (its index)
 * @param {string} root the project root, absolute
 */
export function libFolderOf(projectPath, root) {
  const [top, name, ...below] = projectPath.split('/');
  if (top !== 'lib' || !name) return undefined;
  if (below.length > 0) return `lib/${name}`;
  // A file directly in lib/ that is a layer of its own (lib/env.js, its test and its types).
  const unit = `lib/${name.replace(/(\.test)?(\.d)?\.(ts|tsx|js|mjs)$/, '')}`;
  if (FILE_UNITS.has(unit)) return unit;
  // lib/<name> alone: a file directly in lib/ (lib/paths, lib/paths.ts) or a folder's index (lib/content).
  const full = path.join(root, projectPath);
  return existsSync(full) && statSync(full).isDirectory() ? `lib/${name}` : 'lib';
}

/** @type {ReadonlyMap<string, number>} */
const LAYER_OF = new Map(LIB_LAYERS.flatMap((layer, index) => layer.folders.map((folder) => [folder, index])));
const UI_FOLDERS = ['app', 'components'];
/** lib/ folder → the one UI folder it may import. */
const UI_ALLOWED = new Map([['lib/editor', 'components/editor']]);

/** @param {string} target @param {string} folder */
const isUnder = (target, folder) => target === folder || target.startsWith(`${folder}/`);

/** @param {number} index */
const layerName = (index) => LIB_LAYERS[index]?.name ?? '';

export const libLayers = importRule({
  description: 'Keep imports between lib/ folders pointing down the layers, and lib/ out of app/ and components/.',
  typesAllowed: false,
  messages: {
    upward:
      "'{{source}}' is in {{target}} (layer {{targetLayer}}), above {{folder}} (layer {{layer}}): lib/ imports point down the layers only (eslint-rules/lib-layers.mjs). Move what both need down to the lower layer, or pass it in.",
    ui: "'{{source}}' is in {{target}}: lib/ does not import app/ or components/ (docs/ARCHITECTURE.md); the route or component passes lib/ what it needs.",
    unlayered:
      '{{folder}} has no layer: add it to LIB_LAYERS in eslint-rules/lib-layers.mjs, in a layer above every lib/ folder it imports.',
  },
  judge(target, filename, root) {
    const folder = libFolderOf(path.relative(root, filename).split(path.sep).join('/'), root);
    if (!folder) return undefined;
    const ui = UI_FOLDERS.find((top) => isUnder(target, top));
    if (ui) {
      const allowed = UI_ALLOWED.get(folder);
      return allowed && isUnder(target, allowed) ? undefined : { messageId: 'ui', data: { target: ui } };
    }
    const targetFolder = libFolderOf(target, root);
    if (!targetFolder || targetFolder === folder) return undefined;
    const layer = LAYER_OF.get(folder);
    if (layer === undefined) return { messageId: 'unlayered', data: { folder } };
    const targetLayer = LAYER_OF.get(targetFolder);
    if (targetLayer === undefined || targetLayer <= layer) return undefined;
    return {
      messageId: 'upward',
      data: { folder, layer: layerName(layer), target: targetFolder, targetLayer: layerName(targetLayer) },
    };
  },
});
