// @ts-check
/**
 * Code that runs in the browser says so in its file name (docs/decisions/047-client-code-suffix.md):
 * a module marked 'use client' is named `*.client.tsx` (`*.client.ts` without JSX), and a file so
 * named starts with 'use client'. A reader sees in a folder listing which files ship to the
 * browser, and a component cannot move into the browser, or out of it, without its name saying so.
 * Client components live in components/ or app/, never in lib/, which React does not render.
 */
import path from 'node:path';

const CLIENT_FILE = /\.client\.[cm]?[jt]sx?$/;

/** @param {any} statement */
const isUseClient = (statement) => statement.type === 'ExpressionStatement' && statement.directive === 'use client';

/** @type {import('eslint').Rule.RuleModule} */
export const clientSuffix = {
  meta: {
    type: 'problem',
    docs: { description: "Keep 'use client' in *.client.tsx files only, and make every such file say it." },
    schema: [],
    messages: {
      directiveOutside:
        "'use client' in {{name}}: a module that runs in the browser is named *.client.tsx; rename it {{renamed}} (docs/decisions/047-client-code-suffix.md).",
      directiveMissing:
        "{{name}} is named for the browser but does not start with 'use client': add it as the first line, or drop .client from the name.",
      clientInLib:
        '{{name}} is a client component in lib/: browser components live in components/ (or beside their route in app/); lib/ holds what they import.',
    },
  },
  create(context) {
    const relative = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    const name = path.basename(relative);
    return {
      /** @param {any} program */
      Program(program) {
        // A directive counts only in the prologue, before any other statement; so does Next's.
        const directive = program.body.find(isUseClient);
        if (CLIENT_FILE.test(name)) {
          if (!directive) context.report({ node: program, messageId: 'directiveMissing', data: { name } });
          else if (relative.startsWith('lib/'))
            context.report({ node: directive, messageId: 'clientInLib', data: { name } });
        } else if (directive) {
          const renamed = name.replace(/(\.[cm]?[jt]sx?)$/, '.client$1');
          context.report({ node: directive, messageId: 'directiveOutside', data: { name, renamed } });
        }
      },
    };
  },
};
