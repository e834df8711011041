/**
 * Compiles an MDX body the way the build will, and lists the components it uses, so that a
 * syntax error, an unknown component or a missing prop is reported before the site is built.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

import { compileBody } from '../mdx/compile';
import type { Problem } from './problem';

/** Components editors may use in an article body, and the props each one needs. */
export const BODY_COMPONENTS: Record<string, { required: string[]; example: string }> = {
  AlsoRead: { required: ['slug'], example: '<AlsoRead slug="other-story-slug" />' },
  Figure: {
    required: ['src', 'alt'],
    example: '<Figure src="/images/articles/x.jpg" alt="What it shows" caption="…" credit="…" />',
  },
  // On lines of its own: the browser editor (lib/editor) cannot open a one-line pull quote.
  PullQuote: { required: [], example: '<PullQuote cite="Name, role">\n  The quoted words.\n</PullQuote>' },
  FactBox: { required: ['title'], example: '<FactBox title="Key facts">\n\n- A fact\n\n</FactBox>' },
};

/** HTML elements that would run code or load third-party content. */
const FORBIDDEN_HTML = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta']);

export interface ComponentUse {
  name: string;
  props: Record<string, string | undefined>;
  line: number;
}

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
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        problems.push({
          file,
          line: toFileLine(node.position?.start.line),
          field: 'body',
          message: 'import and export statements are not allowed in articles',
          fix: 'delete the line; the components AlsoRead, Figure, PullQuote and FactBox need no import',
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
      uses.push({ name: element.name ?? '', props, line: toFileLine(element.position?.start.line) });
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

  for (const use of uses) {
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
          fix: 'remove it; ask a developer for a component if you need an embed',
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
        fix: `use one of ${Object.keys(BODY_COMPONENTS)
          .map((name) => `<${name}>`)
          .join(', ')} (check the spelling and capitals)`,
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
  }
  return { uses, problems, code };
}
