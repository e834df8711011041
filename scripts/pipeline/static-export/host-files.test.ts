import { describe, expect, it } from 'vitest';

import { headersFile, nginxRedirectMap, oldAddressRules, redirectsFile } from './host-files';

describe('_redirects for static hosts', () => {
  it('folds every "page 1" redirect into one rule per depth', () => {
    const redirects = ['/world', '/uk', '/tag/sao-paulo', '/tag/banking', '/author/elena-marsh'].map((to) => ({
      from: `${to}/page/1`,
      to,
      permanent: true,
    }));
    expect(redirectsFile(redirects)).toBe('/:p1/:p2/page/1 /:p1/:p2 301\n/:p1/page/1 /:p1 301\n');
  });

  it('lists any other redirect as it is', () => {
    expect(redirectsFile([{ from: '/old-story', to: '/uk/new-story', permanent: false }])).toBe(
      '/old-story /uk/new-story 302\n',
    );
  });
});

describe('_headers for static hosts', () => {
  it('types the site and section feeds as the server does', () => {
    const rules = headersFile();
    expect(rules).toContain('/feed.xml\n  Content-Type: application/rss+xml; charset=utf-8\n');
    expect(rules).toContain('/*/atom.xml\n  Content-Type: application/atom+xml; charset=utf-8\n');
    expect(rules).toContain('/*/feed.json\n  Content-Type: application/feed+json; charset=utf-8\n');
  });
});

describe('old addresses of an imported site', () => {
  const table = new Map([
    ['/2013/01/10/harbour-crane/', '/uk/harbour-crane'],
    ['/?p=100', '/uk/harbour-crane'],
  ]);

  it('become _redirects rules, except the query addresses hosts cannot match', () => {
    expect(oldAddressRules(table)).toBe('/2013/01/10/harbour-crane/ /uk/harbour-crane 301\n');
  });

  it('all become lines of the nginx map, quoted', () => {
    expect(nginxRedirectMap(table)).toBe(
      '"/2013/01/10/harbour-crane/" "/uk/harbour-crane";\n"/?p=100" "/uk/harbour-crane";\n',
    );
  });
});
