/**
 * The operator's switch (docs/deploy.md, "The newsroom editor for remote editors"): the admin's
 * `*.keystatic.tsx` routes are routes only in `next dev` and a `DATELINE_EDITOR=1` build, never
 * in a reader's build or the static export. Next calls the config more than once and freezes
 * what it returns, so a second call must not change the first result (the switch once failed
 * the build with "Cannot assign to read only property 'pageExtensions'").
 */
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Loaded by its address: next.config.js is plain JavaScript with no declaration file for tsc.
const { default: config } = (await import(new URL('../../next.config.js', import.meta.url).href)) as {
  default: (phase: string) => NextConfig;
};

const hasEditor = (phase: string) => {
  const result = config(phase);
  Object.freeze(result);
  return (result.pageExtensions ?? []).includes('keystatic.tsx');
};

afterEach(() => vi.unstubAllEnvs());

describe('the editor switch in next.config.js', () => {
  it('leaves the admin out of a reader build and of `npm start`', () => {
    vi.stubEnv('DATELINE_EDITOR', '');
    expect(hasEditor(PHASE_PRODUCTION_BUILD)).toBe(false);
    expect(hasEditor(PHASE_PRODUCTION_SERVER)).toBe(false);
  });

  it('puts it in `next dev`, and in a build the operator switches on, however often Next asks', () => {
    vi.stubEnv('DATELINE_EDITOR', '');
    expect(hasEditor(PHASE_DEVELOPMENT_SERVER)).toBe(true);
    vi.stubEnv('DATELINE_EDITOR', '1');
    expect(hasEditor(PHASE_PRODUCTION_BUILD)).toBe(true);
    expect(hasEditor(PHASE_PRODUCTION_BUILD)).toBe(true);
    expect(hasEditor(PHASE_PRODUCTION_SERVER)).toBe(true);
  });

  it('never puts it in the static export', () => {
    vi.stubEnv('DATELINE_EDITOR', '1');
    vi.stubEnv('DATELINE_STATIC_EXPORT', '1');
    expect(hasEditor(PHASE_PRODUCTION_BUILD)).toBe(false);
    expect(hasEditor(PHASE_DEVELOPMENT_SERVER)).toBe(false);
  });
});
