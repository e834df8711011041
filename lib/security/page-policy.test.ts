/**
 * proxy.ts sends each page the policy postbuild wrote for it, the 404 page's for any other
 * path, and nothing of its own when a build has no policy file (next.config.js's applies).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

const home = process.cwd();
const project = mkdtempSync(path.join(tmpdir(), 'dateline-policy-'));

async function freshModule() {
  vi.resetModules();
  return import('./page-policy');
}

afterEach(() => process.chdir(home));

describe('pagePolicy', () => {
  it("gives a page its own policy and any other path the 404 page's", async () => {
    mkdirSync(path.join(project, '.next'), { recursive: true });
    writeFileSync(
      path.join(project, '.next', 'dateline-csp.json'),
      JSON.stringify({ fallback: 'p-404', byPath: { '/': 'p-home', '/uk': 'p-uk' } }),
    );
    process.chdir(project);
    const { pagePolicy } = await freshModule();
    expect(pagePolicy('/')).toBe('p-home');
    expect(pagePolicy('/uk')).toBe('p-uk');
    expect(pagePolicy('/uk/')).toBe('p-uk');
    expect(pagePolicy('/no-such-page')).toBe('p-404');
  });

  it('sends nothing of its own without a policy file (next dev, or postbuild not run)', async () => {
    rmSync(project, { recursive: true, force: true });
    mkdirSync(project);
    process.chdir(project);
    const { pagePolicy } = await freshModule();
    expect(pagePolicy('/')).toBeUndefined();
  });
});
