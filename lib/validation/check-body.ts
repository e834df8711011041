/**
 * Compiles an MDX body the way the build will, and lists the components it uses, so that a
 * syntax error, an unknown component or a missing prop is reported before the site is built.
 */
import slugify from '@sindresorhus/slugify';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

import { BODY_COMPONENT_NAMES, BODY_COMPONENTS } from '../mdx/body-components';
import { compileBody } from '../mdx/compile';
import { EMBED_COMPONENTS, EMBED_PROVIDERS } from '../mdx/embed-providers';
import type { Problem } from '../source/problem';
import type { ComponentUse } from './model';

/** A gallery needs at least this many pictures; one picture is a <Figure>. */
const GALLERY_MINIMUM = 2;

/** Marks an embed's placeholder for the page's Content-Security-Policy; never the editor's to write. */
const EMBED_ORIGIN_ATTRIBUTE = 'data-embed-origin';

/** HTML elements that would run code or load third-party content. */
const FORBIDDEN_HTML = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta']);

export interface BodyReport {
  uses: ComponentUse[];
  problems: Problem[];
  /** The compiled body (lib/mdx/compile.ts), when it compiled; the build reuses it. */
  code?: string;
}

export async function checkBody(file: string, body: string, bodyLine: number): Promise<BodyReport> {
  const problems: Problem[] = [];
  const uses: ComponentUse[] = [];
  const toFileLine = (line: number | undefined) => (line ?? 1) + bodyLine - 1;
  const collect = () => (tree: Root) => {
    visit(tree, (node, _index, parent) => {
      if (node.type === 'mdxjsEsm') {
        problems.push({
          file,
          line: toFileLine(node.position?.start.line),
          field: 'body',
          message: 'import and export statements are not allowed in articles',
          fix: `delete the line; the components ${BODY_COMPONENT_NAMES.join(', ')} need no import`,
        });
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        // {/* comments */} are fine; any other {…} is code that would run during the build.
        if (!/^\s*(\/\*[\s\S]*\*\/)?\s*$/.test(node.value)) {
          problems.push({
            file,
            line: toFileLine(node.position?.start.line),
            field: 'body',
            message: `{${node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value}} is code, which articles may not contain`,
            fix: 'to print a curly brace write \\{ or \\}; to leave a note for editors use {/* note */}',
          });
        }
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node;
      if (element.name === 'Gallery') problems.push(...galleryProblems(element, file, toFileLine));
      const props: Record<string, string | undefined> = {};
      for (const attribute of element.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && (attribute.value === null || typeof attribute.value === 'string')) {
          props[attribute.name] = attribute.value ?? undefined;
        } else {
          problems.push({
            file,
            line: toFileLine(element.position?.start.line),
            field: 'body',
            message: `<${element.name ?? ''}> has a prop written as code`,
            fix: 'write every prop as name="text" in double quotes',
          });
        }
      }
      const parentName = parent && 'name' in parent && typeof parent.name === 'string' ? parent.name : undefined;
      uses.push({
        name: element.name ?? '',
        props,
        line: toFileLine(element.position?.start.line),
        ...(parentName ? { parent: parentName } : {}),
      });
    });
  };

  let code: string;
  try {
    code = await compileBody(body, { path: file, inspect: collect });
  } catch (error) {
    const place = (error ?? {}) as { line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = place.line ?? place.place?.line ?? place.place?.start?.line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    problems.push({
      file,
      line: toFileLine(line),
      field: 'body',
      message: `is not valid MDX: ${reason}`,
      fix: 'check that every <Component> is closed (<X /> or <X>…</X>) and write {, }, < and > in prose as words or escape them with a backslash',
    });
    return { uses, problems };
  }

  const galleryIds = new Map<string, string>();
  for (const use of uses) {
    if (use.name === 'Gallery' && use.props.title?.trim()) {
      // A gallery's pictures are addressed as #gallery-<title>-<n> (components/mdx/Gallery.tsx).
      const id = slugify(use.props.title);
      const earlier = galleryIds.get(id);
      if (earlier !== undefined) {
        problems.push({
          file,
          line: use.line,
          field: 'body',
          message: `<Gallery title="${use.props.title}"> has the same title as the gallery "${earlier}" above it`,
          fix: "give each gallery in a story its own title: its pictures' web addresses are made from it",
        });
      }
      galleryIds.set(id, use.props.title);
    }
    if (use.name === '') {
      problems.push({ file, line: use.line, field: 'body', message: 'contains an empty tag <>', fix: 'remove it' });
      continue;
    }
    const isHtml = /^[a-z]/.test(use.name);
    if (isHtml) {
      if (FORBIDDEN_HTML.has(use.name)) {
        problems.push({
          file,
          line: use.line,
          field: 'body',
          message: `<${use.name}> is not allowed in articles`,
          fix: `remove it; embed videos and posts with ${EMBED_COMPONENTS.map((name) => `<${name}>`).join(', ')}, or ask a developer for a component`,
        });
      }
      if (EMBED_ORIGIN_ATTRIBUTE in use.props) {
        // The server allows frames from the origin this attribute names (lib/security/embed-frames.js).
        problems.push({
          file,
          line: use.line,
          field: 'body',
          message: `<${use.name}> has a ${EMBED_ORIGIN_ATTRIBUTE} attribute, which only the embed components may write`,
          fix: 'remove the attribute',
        });
      }
      continue;
    }
    const spec = BODY_COMPONENTS[use.name];
    if (!spec) {
      problems.push({
        file,
        line: use.line,
        field: 'body',
        message: `uses the unknown component <${use.name}>`,
        fix: `use one of ${BODY_COMPONENT_NAMES.map((name) => `<${name}>`).join(
          ', ',
        )} (check the spelling and capitals)`,
      });
      continue;
    }
    for (const prop of spec.required) {
      if (!use.props[prop]?.trim()) {
        problems.push({
          file,
          line: use.line,
          field: 'body',
          message: `<${use.name}> needs ${/^[aeiou]/.test(prop) ? 'an' : 'a'} ${prop}="…" value`,
          fix: `write it like ${spec.example}`,
        });
      }
    }
    problems.push(...embedAndPhotoProblems(use, file));
  }
  return { uses, problems, code };
}

/** An embed's id or address (wrong host, malformed id), and a <Photo> outside its <Gallery>. */
function embedAndPhotoProblems(use: ComponentUse, file: string): Problem[] {
  if (use.name === 'Photo' && use.parent !== 'Gallery') {
    return [
      {
        file,
        line: use.line,
        field: 'body',
        message: '<Photo> is only allowed inside a <Gallery>',
        fix: 'put the pictures between <Gallery title="…"> and </Gallery>, or use <Figure> for a single picture',
      },
    ];
  }
  const provider = EMBED_PROVIDERS[use.name];
  const value = provider && use.props[provider.attribute]?.trim();
  if (!provider || !value) return [];
  const target = provider.resolve(value);
  if (!('problem' in target)) return [];
  return [
    {
      file,
      line: use.line,
      field: 'body',
      message: `<${use.name}> ${target.problem}`,
      fix: target.fix ?? `write it like ${provider.example}`,
    },
  ];
}

/** What a <Gallery> may hold: only <Photo> pictures, at least two of them. */
function galleryProblems(
  gallery: MdxJsxFlowElement | MdxJsxTextElement,
  file: string,
  toFileLine: (line?: number) => number,
): Problem[] {
  const problems: Problem[] = [];
  let photos = 0;
  for (const child of gallery.children) {
    const isPhoto =
      (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'Photo';
    if (isPhoto) {
      photos += 1;
      continue;
    }
    const what =
      child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement' ? `<${child.name ?? ''}>` : 'text';
    problems.push({
      file,
      line: toFileLine(child.position?.start.line ?? gallery.position?.start.line),
      field: 'body',
      message: `<Gallery> may hold only <Photo> pictures, not ${what}`,
      fix: 'give each picture its caption and credit as caption="…" credit="…" on its <Photo>, and move other text outside the gallery',
    });
  }
  if (photos < GALLERY_MINIMUM) {
    problems.push({
      file,
      line: toFileLine(gallery.position?.start.line),
      field: 'body',
      message: `<Gallery> holds ${photos === 0 ? 'no' : 'only one'} <Photo>`,
      fix: `add at least ${GALLERY_MINIMUM} pictures as <Photo src="…" alt="…" /> lines, or use <Figure> for a single picture`,
    });
  }
  return problems;
}
