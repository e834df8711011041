import { describe, expect, it } from 'vitest';

import { forgetUnsent, pathsToLookAt, publishEnded, readerServers } from './run-publish';

describe('the pipeline adapter', () => {
  it('reads the reader servers as npm run publish does', () => {
    expect(readerServers({ DATELINE_SERVERS: 'http://a:1, http://b:2' })).toEqual(['http://a:1', 'http://b:2']);
    expect(readerServers({ DATELINE_SERVER: 'http://c:3' })).toEqual(['http://c:3']);
    expect(readerServers({})).toEqual(['http://127.0.0.1:3000']);
  });
});

describe('the files a desk publish looks at', () => {
  it('are the whole folder first, then the files released, with those of a publish that failed', () => {
    forgetUnsent();
    // The first publish after the desk starts looks at everything (what changed while it was down).
    expect(pathsToLookAt(['articles/2026/a.mdx'])).toBeUndefined();
    publishEnded(undefined, false);
    expect(pathsToLookAt(['articles/2026/a.mdx'])).toEqual(['articles/2026/a.mdx']);
    // A publish that stopped with an error leaves its files released: the next one takes them too.
    publishEnded(['articles/2026/a.mdx'], true);
    expect(pathsToLookAt(['articles/2026/b.mdx'])).toEqual(['articles/2026/a.mdx', 'articles/2026/b.mdx']);
    publishEnded(['articles/2026/a.mdx', 'articles/2026/b.mdx'], false);
    expect(pathsToLookAt(['articles/2026/c.mdx'])).toEqual(['articles/2026/c.mdx']);
    // A scheduled lift names nothing: the whole folder; and after a whole-folder publish failed, so is the next.
    expect(pathsToLookAt(undefined)).toBeUndefined();
    publishEnded(undefined, true);
    expect(pathsToLookAt(['articles/2026/d.mdx'])).toBeUndefined();
    forgetUnsent();
  });
});
