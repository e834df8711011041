/**
 * Adds per-page Content-Security-Policy rules to the header rules that next.config.js headers()
 * wrote into .next/routes-manifest.json; `next start` reads them from there at startup and,
 * when several rules set the same header, sends the last one's value.
 *
 * Not the .meta files beside each prerendered page: Next appends their headers to the
 * config's, and two CSP headers would both be enforced.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { PagePolicies } from './header-files';

interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

const isCsp = (key: string) => key.toLowerCase() === 'content-security-policy';

/** A literal path as a path-to-regexp source: its special characters escaped. */
export function literalSource(path: string): string {
  return path.replace(/[\\:()*+?{}[\]!]/g, '\\$&');
}

export function withPagePolicies(rules: HeaderRule[], policies: PagePolicies): HeaderRule[] {
  // Rules of an earlier run (only a CSP header) go, so running the step twice changes nothing.
  const kept = rules.filter((rule) => !rule.headers.every((header) => isCsp(header.key)));
  let patched = 0;
  for (const rule of kept) {
    for (const header of rule.headers) {
      if (!isCsp(header.key)) continue;
      header.value = policies.fallback;
      patched++;
    }
  }
  if (patched === 0) throw new Error('routes-manifest.json has no Content-Security-Policy rule: is headers() gone from next.config.js?');
  const perPage = [...policies.byPath].map(([path, value]) => ({ source: literalSource(path), headers: [{ key: 'Content-Security-Policy', value }] }));
  return [...kept, ...perPage];
}

export function patchRoutesManifest(file: string, policies: PagePolicies): void {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { headers: HeaderRule[] };
  manifest.headers = withPagePolicies(manifest.headers, policies);
  writeFileSync(file, JSON.stringify(manifest));
}
