import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';

import { urlsFromRoutes } from './urls-from-routes.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const byHand = (code: string) => ({ code, errors: [{ messageId: 'byHand' }] });

tester.run('urls-from-routes', urlsFromRoutes, {
  valid: [
    'const url = routes.article(section, slug);',
    // A fixed path names a page, it does not build one.
    "const home = '/';",
    'const feed = `/feed.xml`;',
    // Not a path: an anchor, a key, a message.
    'const anchor = `#post-${id}`;',
    'const key = `${section}/${slug}`;',
    'const line = `${file}:${line}`;',
    // An absolute URL made from a path routes built.
    'const canonical = `${site.url}${path}`;',
    // A tagged template is not a URL.
    'const style = css`/${x}`;',
    "const label = 'Section: ' + title;",
  ],
  invalid: [
    byHand('const url = `/${section}/${slug}`;'),
    byHand('const url = `/author/${slug}`;'),
    byHand('const page = `/tag/${slug}/page/${n}`;'),
    byHand("const url = '/' + slug;"),
    byHand("const url = '/section/' + slug + '/page';"),
    byHand('const crumb = { href: `/${article.section}` };'),
  ],
});
