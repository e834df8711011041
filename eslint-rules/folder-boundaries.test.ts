import path from 'node:path';

import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';

import { noScriptsInE2e, noTestCodeInProduction } from './folder-boundaries.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = process.cwd();
const spec = path.join(root, 'e2e/budgets.spec.ts');
const support = path.join(root, 'e2e/support/dev-site.ts');
const validator = path.join(root, 'lib/validation/validate-content.ts');
const route = path.join(root, 'app/[section]/[slug]/page.tsx');
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const forbidden = (code: string, source: string, filename: string) => ({
  code,
  filename,
  errors: [{ messageId: 'forbidden', data: { source } }],
});

tester.run('no-scripts-in-e2e', noScriptsInE2e, {
  valid: [
    { code: "import { measurePage } from './support/page-weight';", filename: spec },
    { code: "import { copyProject } from './temp-project';", filename: support },
    { code: "import { site } from '../lib/site';", filename: spec },
    // A folder whose name only starts like the forbidden one.
    { code: "import { x } from '../scripts-old/x';", filename: spec },
  ],
  invalid: [
    forbidden("import { measurePage } from '../scripts/bench/page-weight';", '../scripts/bench/page-weight', spec),
    forbidden("import { copyProject } from '../../scripts/temp-project';", '../../scripts/temp-project', support),
    // Types too: the spec would still depend on the tool's file.
    forbidden("import type { RawRequest } from '../scripts/bench/raw-http';", '../scripts/bench/raw-http', spec),
    forbidden("import '@/scripts/pipeline/check-content';", '@/scripts/pipeline/check-content', spec),
    forbidden("export * from '../scripts/x';", '../scripts/x', spec),
    forbidden("const tool = await import('../scripts/editor/new-article');", '../scripts/editor/new-article', spec),
  ],
});

tester.run('no-test-code-in-production', noTestCodeInProduction, {
  valid: [
    { code: "import { formatProblem } from './problem';", filename: validator },
    { code: "import { storeFile } from '@/lib/paths';", filename: route },
    { code: "import { x } from '../../testing/x';", filename: validator },
  ],
  invalid: [
    forbidden("import { MISTAKES } from '../../test/oracles/mistakes';", '../../test/oracles/mistakes', validator),
    forbidden("import { story } from '@/test/fixtures/stories';", '@/test/fixtures/stories', route),
    forbidden("import type { Mistake } from '../../test/oracles/mistakes';", '../../test/oracles/mistakes', validator),
  ],
});
