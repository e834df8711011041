import { describe, expect, it } from 'vitest';

import { installedVersions, readBaseline } from '../../e2e/support/bare-baseline';

describe('the bare Next.js baseline of the JavaScript budget', () => {
  it('was measured with the next, react and react-dom that are installed (else run npm run measure:bare)', () => {
    const { next, react, 'react-dom': reactDom } = readBaseline();
    expect({ next, react, 'react-dom': reactDom }).toEqual(installedVersions());
  });

  it('is a real measurement: a bare app-router page loads the Next runtime and React', () => {
    const baseline = readBaseline();
    // Next 16 with React 19 ships well over 100 KB gzip even for an h1; a near-zero number means
    // the measurement missed the scripts and every budget above it would be meaningless.
    expect(baseline.scriptGzipBytes).toBeGreaterThan(100 * 1024);
    expect(baseline.scripts).toBeGreaterThan(1);
  });
});
