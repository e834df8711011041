/**
 * Compiles MDX bodies (articles, author bios, pages) to the JavaScript that MdxBody runs.
 * One compiler for the whole site, used by the content check (which compiles every body
 * anyway to find mistakes) and by the content store writer, so no body is compiled twice
 * and Contentlayer does not run a bundler per document (docs/decisions/020).
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';

import { remarkDatelineSlot, remarkFigureDimensions } from './remark-plugins';

/** A remark step that only looks at the tree as the editor wrote it (the content check's). */
export type Inspector = () => (tree: Root) => void;

/**
 * The remark plugins of a site body. An inspector runs before the build adds anything of its
 * own (the <Dateline /> slot, image sizes), so it sees only what the editor wrote.
 */
const remarkPlugins = (inspect?: Inspector, pictureFolders?: readonly string[]): PluggableList => [
  remarkGfm,
  ...(inspect ? [inspect] : []),
  remarkDatelineSlot,
  pictureFolders ? [remarkFigureDimensions, { folders: pictureFolders }] : remarkFigureDimensions,
];

/**
 * The body of a function taking the JSX runtime and returning the module's exports
 * (`outputFormat: 'function-body'`), to be run with `runSync` from @mdx-js/mdx.
 * Throws the compiler's message, with line and column, when the body is not valid MDX.
 */
export async function compileBody(
  source: string,
  options: {
    path?: string;
    inspect?: Inspector;
    /** Public folders to read picture sizes from, first match wins; the site's public/ unless given. */
    pictureFolders?: readonly string[];
  } = {},
): Promise<string> {
  const processor = createProcessor({
    outputFormat: 'function-body',
    remarkPlugins: remarkPlugins(options.inspect, options.pictureFolders),
  });
  const file = await processor.process(new VFile({ path: options.path, value: source }));
  return String(file);
}
