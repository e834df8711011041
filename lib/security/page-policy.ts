/**
 * The Content-Security-Policy of one page of a `next start` build, for proxy.ts: each
 * prerendered page allows exactly its own inline scripts by hash (docs/decisions/019); the
 * policies are read once per process from .next/dateline-csp.json (written after the build by
 * scripts/security-headers.ts), so a request costs one Map lookup whatever the archive's size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Policies {
  fallback: string;
  byPath: Map<string, string>;
}

let loaded: Policies | null | undefined;

function policies(): Policies | null {
  if (loaded === undefined) {
    try {
      const file = path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'dateline-csp.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as { fallback: string; byPath: Record<string, string> };
      loaded = { fallback: data.fallback, byPath: new Map(Object.entries(data.byPath)) };
    } catch {
      // `next dev`, or a build whose postbuild did not run: next.config.js's own policy applies.
      loaded = null;
    }
  }
  return loaded;
}

/** The page's own policy; the 404 page's for any other path; undefined without a built policy file. */
export function pagePolicy(pathname: string): string | undefined {
  const all = policies();
  if (!all) return undefined;
  const page = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  return all.byPath.get(page) ?? all.fallback;
}
