// @ts-check
/**
 * Components take plain props (DESIGN.md): a route calls lib/content and hands the results down,
 * so a component never imports the content reader or Contentlayer's data. The prop types that
 * lib/content/types.ts declares may be imported with `import type`; they vanish at build time.
 */
import path from 'node:path';

const FORBIDDEN = ['lib/content', 'contentlayer/generated', '.contentlayer/generated'];

/**
 * The project path an import names ('lib/content/index'); a package's name as it is.
 * @param {string} source e.g. '@/lib/content', '../../lib/content/index', 'contentlayer/generated'
 * @param {string} filename the importing file, absolute
 * @param {string} root the project root, absolute
 */
export function projectPathOf(source, filename, root) {
  if (source.startsWith('@/')) return source.slice(2);
  if (source.startsWith('.'))
    return path
      .relative(root, path.resolve(path.dirname(filename), source))
      .split(path.sep)
      .join('/');
  return source;
}

/** @param {string} projectPath */
const isForbidden = (projectPath) =>
  FORBIDDEN.some((folder) => projectPath === folder || projectPath.startsWith(`${folder}/`));

/**
 * True when an import or export brings in values, not only types.
 * @param {any} node ImportDeclaration, ExportNamedDeclaration or ExportAllDeclaration
 */
export function bringsValues(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return false;
  const specifiers = node.specifiers ?? [];
  if (node.type === 'ImportDeclaration' && specifiers.length === 0) return true; // a side-effect import
  if (node.type === 'ExportAllDeclaration') return true;
  return specifiers.some(
    /** @param {any} specifier */ (specifier) => specifier.importKind !== 'type' && specifier.exportKind !== 'type',
  );
}

/** @type {import('eslint').Rule.RuleModule} */
export const noContentInComponents = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid components from importing lib/content or Contentlayer data (types excepted).' },
    schema: [],
    messages: {
      forbidden:
        "Components take plain props: call '{{source}}' in the route and pass the result down (`import type` is fine).",
    },
  },
  create(context) {
    const root = context.cwd;
    /**
     * @param {any} node
     * @param {any} sourceNode the string literal naming the module
     */
    function check(node, sourceNode) {
      if (sourceNode?.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      if (!isForbidden(projectPathOf(sourceNode.value, context.filename, root))) return;
      if (node.type === 'ImportExpression' || bringsValues(node)) {
        context.report({ node: sourceNode, messageId: 'forbidden', data: { source: sourceNode.value } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
