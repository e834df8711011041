// @ts-check
/**
 * Folders that one side of the project may not import from at all, types included:
 *   - no-scripts-in-e2e: what the end-to-end specs use lives in e2e/ (e2e/support/), so a spec
 *     never depends on a command-line tool's file; scripts may import e2e/support, not the reverse.
 *   - no-test-code-in-production: test oracles and fixtures (test/) are for tests; nothing that
 *     builds or serves the site may load them.
 */
import { projectPathOf } from './no-content-in-components.mjs';

/**
 * A rule that reports every import, export-from and dynamic import of a file under `folder`.
 * @param {{ folder: string, description: string, message: string }} boundary
 * @returns {import('eslint').Rule.RuleModule}
 */
function forbidFolder({ folder, description, message }) {
  return {
    meta: { type: 'problem', docs: { description }, schema: [], messages: { forbidden: message } },
    create(context) {
      const root = context.cwd;
      /** @param {any} sourceNode the string literal naming the module */
      function check(sourceNode) {
        if (sourceNode?.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
        const target = projectPathOf(sourceNode.value, context.filename, root);
        if (target !== folder && !target.startsWith(`${folder}/`)) return;
        context.report({ node: sourceNode, messageId: 'forbidden', data: { source: sourceNode.value } });
      }
      return {
        ImportDeclaration: (node) => check(node.source),
        ExportNamedDeclaration: (node) => check(node.source),
        ExportAllDeclaration: (node) => check(node.source),
        ImportExpression: (node) => check(node.source),
      };
    },
  };
}

export const noScriptsInE2e = forbidFolder({
  folder: 'scripts',
  description: 'Forbid end-to-end specs and their support from importing scripts/.',
  message: "'{{source}}' is a command-line tool's file: move what the specs share to e2e/support/ and import it there.",
});

export const noTestCodeInProduction = forbidFolder({
  folder: 'test',
  description: 'Forbid code that builds or serves the site from importing test/ (oracles and fixtures).',
  message: "'{{source}}' is test-only code (test/): production code may not depend on a test oracle or fixture.",
});
