// @ts-check
/**
 * The one shape of the project's import rules: a file may not import some modules. Each rule
 * (no-content-in-components, no-build-at-request-time, folder-boundaries, lib-layers) only says
 * which modules, whether `import type` may cross, and what to do instead.
 */
import path from 'node:path';

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

/**
 * A rule that asks `judge` about every import, export-from and dynamic import, and reports the
 * ones it refuses with the message it names (its data may use {{source}}, the import as written).
 * @param {{
 *   description: string,
 *   messages: Record<string, string>,
 *   typesAllowed: boolean,
 *   judge: (target: string, filename: string, root: string) => { messageId: string, data?: Record<string, string> } | undefined,
 * }} rule
 *   typesAllowed: `import type` may cross (it vanishes at build time); judge gets the project path
 *   the import names (projectPathOf), the importing file (absolute) and the project root.
 * @returns {import('eslint').Rule.RuleModule}
 */
export function importRule({ description, messages, typesAllowed, judge }) {
  return {
    meta: { type: 'problem', docs: { description }, schema: [], messages },
    create(context) {
      const root = context.cwd;
      /**
       * @param {any} node
       * @param {any} sourceNode the string literal naming the module
       */
      function check(node, sourceNode) {
        if (sourceNode?.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
        const verdict = judge(projectPathOf(sourceNode.value, context.filename, root), context.filename, root);
        if (!verdict) return;
        if (typesAllowed && node.type !== 'ImportExpression' && !bringsValues(node)) return;
        context.report({
          node: sourceNode,
          messageId: verdict.messageId,
          data: { source: sourceNode.value, ...verdict.data },
        });
      }
      return {
        ImportDeclaration: (node) => check(node, node.source),
        ExportNamedDeclaration: (node) => check(node, node.source),
        ExportAllDeclaration: (node) => check(node, node.source),
        ImportExpression: (node) => check(node, node.source),
      };
    },
  };
}

/**
 * A rule that reports every import of a module under one of `folders` (a folder or a package
 * name, and anything below it).
 * @param {{ folders: readonly string[], typesAllowed: boolean, description: string, message: string }} boundary
 *   message may use {{source}}.
 * @returns {import('eslint').Rule.RuleModule}
 */
export function importBoundary({ folders, typesAllowed, description, message }) {
  /** @param {string} target */
  const forbidden = (target) => folders.some((folder) => target === folder || target.startsWith(`${folder}/`));
  return importRule({
    description,
    typesAllowed,
    messages: { forbidden: message },
    judge: (target) => (forbidden(target) ? { messageId: 'forbidden' } : undefined),
  });
}
