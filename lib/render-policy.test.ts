/**
 * Next reads a route's `revalidate` as a literal number, so the bound on how stale a shared
 * block can be (site.sharedBlocksMaxAgeSeconds, stated in docs/deploy.md) is written out in
 * every route file; this keeps them all equal to the one in the site config.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { site } from './site';

const appDir = path.resolve(import.meta.dirname, '../app');
const routeFiles = readdirSync(appDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => /(^|\/)(page\.tsx|route\.tsx?)$/.test(name))
  .map((name) => path.join(appDir, name));

describe('time-based revalidation', () => {
  it('is the same bound in every route that sets one', () => {
    const bounds = routeFiles.flatMap((file) => {
      const match = /^export const revalidate = (.+);$/m.exec(readFileSync(file, 'utf8'));
      return match ? [{ file: path.relative(appDir, file), value: match[1] }] : [];
    });
    expect(bounds.length).toBeGreaterThan(15);
    // The search delta is a file a publish replaces, the base index one a build replaces: never
    // cached by Next (decisions 024 and 056).
    const never = new Set(['pagefind-delta/[...file]/route.ts', 'pagefind/[...file]/route.ts']);
    for (const { file, value } of bounds) {
      expect(value, file).toBe(never.has(file) ? '0' : String(site.sharedBlocksMaxAgeSeconds));
    }
  });

  it('covers every page that lists stories', () => {
    const listing = routeFiles.filter((file) => readFileSync(file, 'utf8').includes("from '@/lib/content'"));
    const without = listing.filter((file) => !/^export const revalidate = /m.test(readFileSync(file, 'utf8')));
    // Social cards draw one story's headline, and search lists only the sections: they change
    // only when a publish revalidates them.
    // The publish endpoint renders nothing; it asks for the store's version.
    expect(without.map((file) => path.relative(appDir, file)).sort()).toEqual([
      '(browse)/search/page.tsx',
      '[section]/[slug]/card.png/route.tsx',
      '[section]/card.png/route.tsx',
      'api/revalidate/route.ts',
    ]);
  });
});
