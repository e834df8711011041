import path from 'node:path';

import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';

import { noBuildAtRequestTime } from './no-build-at-request-time.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = process.cwd();
const reader = path.join(root, 'lib/content/store.ts');
const route = path.join(root, 'app/[section]/[slug]/page.tsx');
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const forbidden = (code: string, source: string, filename = reader) => ({
  code,
  filename,
  errors: [{ messageId: 'forbidden', data: { source } }],
});

tester.run('no-build-at-request-time', noBuildAtRequestTime, {
  valid: [
    { code: "import { storeFile } from '../paths';", filename: reader },
    { code: "import { storeFile } from '@/lib/paths';", filename: route },
    { code: "import { visibilityOf } from './published';", filename: reader },
    { code: "import type { StoreContent } from '../build/store-writer';", filename: reader },
    { code: "import { type HeldStory } from '@/lib/source/held-back';", filename: route },
    // What the revalidate endpoint runs is request-time code of its own.
    { code: "import { parseRevalidateRequest } from '@/lib/revalidate/request';", filename: route },
    { code: "import type { FileRecord } from '@/lib/validation/model';", filename: route },
    // A folder whose name only starts like the forbidden one.
    { code: "import { x } from '@/lib/builder';", filename: route },
  ],
  invalid: [
    forbidden("import { writeContentStore } from '../build/store-writer';", '../build/store-writer'),
    forbidden("import { heldBack } from '@/lib/source/held-back';", '@/lib/source/held-back', route),
    forbidden("import '../build/compiled-bodies';", '../build/compiled-bodies'),
    forbidden("export { fingerprint } from '../build/fingerprint';", '../build/fingerprint'),
    forbidden("export * from '../build/fingerprint';", '../build/fingerprint'),
    forbidden("const build = await import('../build/store-writer');", '../build/store-writer'),
    forbidden("import { readManifest } from '../../../lib/build/manifest';", '../../../lib/build/manifest', route),
    // The rest of the build and publish side: reading files, checking them, publishing.
    forbidden("import { parseSourceFile } from '../source/frontmatter';", '../source/frontmatter'),
    forbidden(
      "import { validateContent } from '@/lib/validation/validate-content';",
      '@/lib/validation/validate-content',
      route,
    ),
    forbidden("import { publish } from '@/lib/publish/publish';", '@/lib/publish/publish', route),
  ],
});
