import { describe, expect, it } from 'vitest';
import { literalSource, withPagePolicies } from './routes-manifest';

const config = () => [
  {
    source: '/:path*',
    headers: [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Content-Security-Policy', value: "script-src 'self'" },
    ],
  },
];
const policies = { fallback: "script-src 'self' 'sha256-404'", byPath: new Map([['/', "script-src 'self' 'sha256-home'"], ['/uk', "script-src 'self' 'sha256-uk'"]]) };

describe('withPagePolicies', () => {
  it('gives the catch-all the 404 policy and each page a later rule of its own', () => {
    const rules = withPagePolicies(config(), policies);
    expect(rules[0]?.headers).toContainEqual({ key: 'Content-Security-Policy', value: "script-src 'self' 'sha256-404'" });
    expect(rules.slice(1)).toEqual([
      { source: '/', headers: [{ key: 'Content-Security-Policy', value: "script-src 'self' 'sha256-home'" }] },
      { source: '/uk', headers: [{ key: 'Content-Security-Policy', value: "script-src 'self' 'sha256-uk'" }] },
    ]);
  });

  it('gives the same rules when run twice', () => {
    const once = withPagePolicies(config(), policies);
    expect(withPagePolicies(structuredClone(once), policies)).toEqual(once);
  });

  it('refuses a manifest without the policy from next.config.js', () => {
    expect(() => withPagePolicies([{ source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }], policies)).toThrow(/headers\(\)/);
  });
});

describe('literalSource', () => {
  it('escapes what path-to-regexp would read as a parameter or a pattern', () => {
    expect(literalSource('/tag/c++:(x)*')).toBe('/tag/c\\+\\+\\:\\(x\\)\\*');
  });
});
