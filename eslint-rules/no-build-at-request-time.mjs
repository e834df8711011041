// @ts-check
/**
 * Build time and request time stay apart: lib/build writes the content store and its caches
 * (store writer, compiled bodies, body checks, frontmatter), and nothing that answers a request
 * (routes, components, lib/content, the route guard, the server) may load it. Paths both sides
 * need live in lib/paths.ts. `import type` is fine: it vanishes at build time.
 */
import { bringsValues, projectPathOf } from './no-content-in-components.mjs';

const BUILD = 'lib/build';

/** @type {import('eslint').Rule.RuleModule} */
export const noBuildAtRequestTime = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid request-time code from importing lib/build (types excepted).' },
    schema: [],
    messages: {
      forbidden:
        "'{{source}}' is build-time code: a request reads what the build wrote through lib/content (paths come from lib/paths).",
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
      const target = projectPathOf(sourceNode.value, context.filename, root);
      if (target !== BUILD && !target.startsWith(`${BUILD}/`)) return;
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
