/**
 * A WordPress post body (classic-editor HTML or block-editor markup) → the site's MDX.
 *
 * unified does the reading and writing (rehype-parse, rehype-remark, remark-gfm for tables,
 * remark-mdx and remark-stringify), so escaping, lists, headings, tables and quotes follow the
 * same Markdown the content check compiles. This file adds what only Dateline knows, in one
 * pass over the HTML tree before it becomes Markdown (recognise.ts): pictures become <Figure>,
 * galleries <Gallery>/<Photo>, provider embeds their components, pull quotes <PullQuote>, an
 * "ALSO READ" paragraph <AlsoRead>, links between imported posts their new addresses; scripts,
 * styles, unknown frames and the like are listed as notes, never dropped without a word.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { State } from 'hast-util-to-mdast';
import type { BlockContent, Root as MdastRoot } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

import { autop } from './autop';
import { type BodyContext, JSX_TAG, recognise } from './recognise';
import { expandShortcodes, type ShortcodeNote } from './shortcodes';

export type { BodyContext, Picture } from './recognise';

export interface BodyNote {
  /** Line in the post's content, from 1. */
  line: number;
  what: string;
  kept?: string;
}

/** What recognise.ts leaves in the tree for a component: its name, props and child components. */
export interface JsxSpec {
  name: string;
  props: Record<string, string>;
  children?: JsxSpec[];
  /** Text inside the component (a pull quote's words). */
  text?: string;
}

const jsxNode = (spec: JsxSpec): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name: spec.name,
  attributes: Object.entries(spec.props).map(([name, value]): MdxJsxAttribute => ({
    type: 'mdxJsxAttribute',
    name,
    value,
  })),
  children: [
    ...(spec.text ? [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: spec.text }] }] : []),
    ...(spec.children ?? []).map(jsxNode),
  ],
});

function jsxHandler(_state: State, element: Element): BlockContent {
  const spec = JSON.parse(String(element.properties.dataSpec)) as JsxSpec;
  return jsxNode(spec);
}

/** The post being converted: the one processor below is built once and reads it per run. */
let current: { context: BodyContext; notes: BodyNote[] } | undefined;

// Built once: making a unified processor (its parsers and writers) costs more than converting a post.
const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(() => (tree: HastRoot) => {
    const post = current;
    if (!post) throw new Error('convertBody: no post is being converted');
    recognise(tree, post.context, (note) => post.notes.push(note));
  })
  .use(rehypeRemark, { handlers: { [JSX_TAG]: jsxHandler } })
  .use(remarkGfm)
  .use(remarkMdx)
  .use(() => (tree: MdastRoot) => {
    // An <AlsoRead>, <Figure> or embed that ended up inside a paragraph stays a block of its own.
    tree.children = tree.children.filter((node) => !(node.type === 'paragraph' && node.children.length === 0));
  })
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    resourceLink: true,
  })
  .freeze();

export function convertBody(html: string, context: BodyContext): { mdx: string; notes: BodyNote[] } {
  const notes: BodyNote[] = [];
  const shortcodeNotes: ShortcodeNote[] = [];
  const prepared = expandShortcodes(autop(html.replace(/\r\n?/g, '\n')), shortcodeNotes);
  notes.push(...shortcodeNotes);
  current = { context, notes };
  let output: string;
  try {
    output = String(processor.processSync(prepared));
  } finally {
    current = undefined;
  }
  const mdx = output
    .trim()
    // A gallery's <Photo> lines follow each other, as editors write them (docs/EDITING.md); the
    // MDX writer always puts a blank line between a component's children.
    .replace(
      /(<Gallery [^\n]*>\n)([\s\S]*?)(\n<\/Gallery>)/g,
      (_whole, open: string, photos: string, close: string) => `${open}${photos.replace(/\n{2,}/g, '\n')}${close}`,
    );
  notes.sort((a, b) => a.line - b.line);
  return { mdx: mdx === '' ? '' : `${mdx}\n`, notes };
}
