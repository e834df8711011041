import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { patchNextBuild, POLICY_FILE, withFallbackPolicy } from './routes-manifest';

const config = () => [
  {
    source: '/:path*',
    headers: [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Content-Security-Policy', value: "script-src 'self'" },
    ],
  },
];
const policies = {
  fallback: "script-src 'self' 'sha256-404'",
  byPath: new Map([
    ['/', "script-src 'self' 'sha256-home'"],
    ['/uk', "script-src 'self' 'sha256-uk'"],
  ]),
};

describe('withFallbackPolicy', () => {
  it('gives the catch-all the 404 policy and adds no rule per page (next start would try each on every request)', () => {
    const rules = withFallbackPolicy(config(), policies);
    expect(rules).toHaveLength(1);
    expect(rules[0]?.headers).toContainEqual({
      key: 'Content-Security-Policy',
      value: "script-src 'self' 'sha256-404'",
    });
  });

  it('drops per-page rules an older build step wrote, and gives the same rules when run twice', () => {
    const old = [...config(), { source: '/uk', headers: [{ key: 'Content-Security-Policy', value: 'x' }] }];
    const once = withFallbackPolicy(old, policies);
    expect(once).toHaveLength(1);
    expect(withFallbackPolicy(structuredClone(once), policies)).toEqual(once);
  });

  it('refuses a manifest without the policy from next.config.js', () => {
    expect(() =>
      withFallbackPolicy([{ source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }], policies),
    ).toThrow(/headers\(\)/);
  });
});

describe('patchNextBuild', () => {
  const nextDir = mkdtempSync(path.join(tmpdir(), 'dateline-next-'));
  afterAll(() => rmSync(nextDir, { recursive: true, force: true }));

  it("writes every page's policy where proxy.ts reads it", () => {
    writeFileSync(path.join(nextDir, 'routes-manifest.json'), JSON.stringify({ headers: config() }));
    patchNextBuild(nextDir, policies);
    expect(JSON.parse(readFileSync(path.join(nextDir, POLICY_FILE), 'utf8'))).toEqual({
      fallback: policies.fallback,
      byPath: { '/': "script-src 'self' 'sha256-home'", '/uk': "script-src 'self' 'sha256-uk'" },
    });
  });
});
