import path from 'node:path';

import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import { projectPathOf } from './import-boundary.mjs';
import { noContentInComponents } from './no-content-in-components.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = process.cwd();
const component = path.join(root, 'components/fronts/StoryCard.tsx');
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const forbidden = (code: string, source: string) => ({
  code,
  filename: component,
  errors: [{ messageId: 'forbidden', data: { source } }],
});

describe('projectPathOf', () => {
  it('reads the @/ alias, relative paths and package names', () => {
    expect(projectPathOf('@/lib/content', component, root)).toBe('lib/content');
    expect(projectPathOf('../../lib/content/index', component, root)).toBe('lib/content/index');
    expect(projectPathOf('./StoryByline', component, root)).toBe('components/fronts/StoryByline');
    expect(projectPathOf('next/link', component, root)).toBe('next/link');
  });
});

tester.run('no-content-in-components', noContentInComponents, {
  valid: [
    { code: "import type { ArticleSummary } from '@/lib/content/types';", filename: component },
    { code: "import { type ArticleSummary } from '@/lib/content/types';", filename: component },
    { code: "export type { ArticleSummary } from '../../lib/content/types';", filename: component },
    { code: "import Link from 'next/link';", filename: component },
    { code: "import { formatDate } from '@/lib/dates';", filename: component },
    { code: "import { routes } from '@/lib/routes';", filename: component },
    // A folder whose name only starts like the forbidden one.
    { code: "import { x } from '@/lib/content-status';", filename: component },
  ],
  invalid: [
    forbidden("import { getArticle } from '@/lib/content';", '@/lib/content'),
    forbidden("import { latestIn } from '../../lib/content/index';", '../../lib/content/index'),
    forbidden("import { type ArticleSummary, latestIn } from '@/lib/content';", '@/lib/content'),
    forbidden("import '@/lib/content/store';", '@/lib/content/store'),
    forbidden("import { allArticles } from 'contentlayer/generated';", 'contentlayer/generated'),
    forbidden("export { getArticle } from '@/lib/content';", '@/lib/content'),
    forbidden("export * from '@/lib/content/types';", '@/lib/content/types'),
    forbidden("const content = await import('@/lib/content');", '@/lib/content'),
  ],
});
