/**
 * Remark plugins Contentlayer runs on every article body.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

import { dimensionsOf } from './image-dimensions';

/**
 * Puts a <Dateline /> element at the start of the first paragraph. The article page supplies
 * the component (place and agency from the frontmatter, e.g. "SEOUL (Meridian Press) —"), so it
 * reads as the opening words of the story, as in print, and editors never type it by hand.
 */
export function remarkDatelineSlot() {
  return (tree: Root) => {
    const first = tree.children.find((node) => node.type === 'paragraph');
    if (!first) return;
    const slot: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'Dateline', attributes: [], children: [] };
    first.children.unshift(slot);
  };
}

/** Components whose src="…" picture is sized at build time. */
const SIZED_PICTURES = new Set(['Figure', 'Photo']);

/**
 * Adds width and height to every <Figure src="…"> and gallery <Photo src="…"> so next/image can
 * reserve its space. `folders`: the public folders to read sizes from (the site's public/ unless given).
 */
export function remarkFigureDimensions(options: { folders?: readonly string[] } = {}) {
  return (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (!node.name || !SIZED_PICTURES.has(node.name)) return;
      const src = node.attributes.find(
        (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src',
      )?.value;
      if (typeof src !== 'string') return;
      const size = dimensionsOf(src, options.folders);
      if (!size) return;
      node.attributes.push(
        { type: 'mdxJsxAttribute', name: 'width', value: String(size.width) },
        { type: 'mdxJsxAttribute', name: 'height', value: String(size.height) },
      );
    });
  };
}
