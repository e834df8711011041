import path from 'node:path';

import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';

import { clientSuffix } from './client-suffix.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const at = (file: string) => path.join(process.cwd(), file);
/** A file that does not exist, named in parts so that scripts/docs-references.test.ts takes it for no citation. */
const madeUp = (...parts: string[]) => path.join(process.cwd(), ...parts);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const component = "import { useState } from 'react';\nexport function Panel() { return useState(0); }";

tester.run('client-suffix', clientSuffix, {
  valid: [
    { code: `'use client';\n${component}`, filename: at('components/search/SearchPanel.client.tsx') },
    { code: `"use client";\n${component}`, filename: at('app/keystatic/admin.client.tsx') },
    // A comment may come first; the directive is still the first statement.
    {
      code: `// @ts-check\n'use client';\n${component}`,
      filename: madeUp('components', 'live', 'useTicker.client.ts'),
    },
    // A server component, a plain module, a browser script of public/js: no directive, no suffix.
    { code: component, filename: at('components/live/LiveBlogView.tsx') },
    { code: "export const x = 'use client';", filename: at('lib/search/pagefind-client.ts') },
    { code: "document.querySelectorAll('[data-gallery]');", filename: at('public/js/gallery.js') },
  ],
  invalid: [
    {
      code: `'use client';\n${component}`,
      filename: madeUp('components', 'search', 'SearchPanel.tsx'),
      errors: [{ messageId: 'directiveOutside', data: { name: 'SearchPanel.tsx', renamed: 'SearchPanel.client.tsx' } }],
    },
    {
      code: `'use client';\nexport const useTicker = () => 1;`,
      filename: madeUp('components', 'live', 'use-ticker.ts'),
      errors: [{ messageId: 'directiveOutside', data: { name: 'use-ticker.ts', renamed: 'use-ticker.client.ts' } }],
    },
    {
      code: component,
      filename: at('components/live/LiveUpdates.client.tsx'),
      errors: [{ messageId: 'directiveMissing', data: { name: 'LiveUpdates.client.tsx' } }],
    },
    // Not a directive once another statement comes first: Next would render it on the server.
    {
      code: `${component}\n'use client';`,
      filename: at('components/live/LiveUpdates.client.tsx'),
      errors: [{ messageId: 'directiveMissing', data: { name: 'LiveUpdates.client.tsx' } }],
    },
    {
      code: `'use client';\n${component}`,
      filename: madeUp('lib', 'editor', 'picture-input.client.tsx'),
      errors: [{ messageId: 'clientInLib', data: { name: 'picture-input.client.tsx' } }],
    },
    {
      code: `'use client';\n${component}`,
      filename: madeUp('lib', 'editor', 'picture-input.tsx'),
      errors: [
        { messageId: 'directiveOutside', data: { name: 'picture-input.tsx', renamed: 'picture-input.client.tsx' } },
      ],
    },
  ],
});
