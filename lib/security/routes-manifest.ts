/**
 * Gives the catch-all header rule that next.config.js headers() wrote into
 * .next/routes-manifest.json the 404 page's Content-Security-Policy, and writes every page's
 * own policy to .next/dateline-csp.json, where proxy.ts looks it up for each request.
 *
 * Not one header rule per page (the first design): `next start` tries every rule on every
 * request, so at 20,000 stories (24,000 rules) it served 18 requests a second with a median of
 * 3.1 s (docs/performance.md, "Serving"). Not the .meta files beside each prerendered page:
 * Next does not send a CSP from them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { PagePolicies } from './header-files';

interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

const isCsp = (key: string) => key.toLowerCase() === 'content-security-policy';

/** Where proxy.ts reads the policies of a build. */
export const POLICY_FILE = 'dateline-csp.json';

export function withFallbackPolicy(rules: HeaderRule[], policies: PagePolicies): HeaderRule[] {
  // Per-page rules of an older build step (only a CSP header) go, so nothing is matched twice.
  const kept = rules.filter((rule) => !rule.headers.every((header) => isCsp(header.key)));
  let patched = 0;
  for (const rule of kept) {
    for (const header of rule.headers) {
      if (!isCsp(header.key)) continue;
      header.value = policies.fallback;
      patched++;
    }
  }
  if (patched === 0)
    throw new Error('routes-manifest.json has no Content-Security-Policy rule: is headers() gone from next.config.js?');
  return kept;
}

export function patchNextBuild(nextDir: string, policies: PagePolicies): void {
  const file = path.join(nextDir, 'routes-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { headers: HeaderRule[] };
  manifest.headers = withFallbackPolicy(manifest.headers, policies);
  writeFileSync(file, JSON.stringify(manifest));
  writeFileSync(
    path.join(nextDir, POLICY_FILE),
    JSON.stringify({ fallback: policies.fallback, byPath: Object.fromEntries(policies.byPath) }),
  );
}
