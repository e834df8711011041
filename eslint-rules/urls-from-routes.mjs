// @ts-check
/**
 * Every URL of the site is built by lib/routes.ts, so routes, lists, feeds, sitemaps and the
 * publish step's list of pages to refresh agree on one shape. A template literal that starts
 * with "/" and fills in a value (`/${section}/${slug}`) or a "/" + value concatenation is a URL
 * built by hand; the rule names the routes function to use instead.
 */

/** @param {any} node */
const startsWithSlash = (node) =>
  (node.type === 'Literal' && typeof node.value === 'string' && node.value.startsWith('/')) ||
  (node.type === 'TemplateLiteral' && startsTemplate(node));

/** @param {any} node a TemplateLiteral */
const startsTemplate = (node) => node.expressions.length > 0 && (node.quasis[0]?.value.cooked ?? '').startsWith('/');

/** @type {import('eslint').Rule.RuleModule} */
export const urlsFromRoutes = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Build site URLs with lib/routes.ts, not by hand.' },
    schema: [],
    messages: {
      byHand: 'This builds a site URL by hand: use (or add) a function of `routes` in lib/routes.ts.',
    },
  },
  create(context) {
    return {
      TemplateLiteral(node) {
        // A tagged template (css`…`, sql`…`) is not a URL.
        if (node.parent.type === 'TaggedTemplateExpression') return;
        if (startsTemplate(node)) context.report({ node, messageId: 'byHand' });
      },
      BinaryExpression(node) {
        if (node.operator === '+' && startsWithSlash(node.left) && node.left.type === 'Literal') {
          context.report({ node, messageId: 'byHand' });
        }
      },
    };
  },
};
