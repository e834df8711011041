import { describe, expect, it } from 'vitest';

import { readerServers } from './run-publish';

describe('the pipeline adapter', () => {
  it('reads the reader servers as npm run publish does', () => {
    expect(readerServers({ DATELINE_SERVERS: 'http://a:1, http://b:2' })).toEqual(['http://a:1', 'http://b:2']);
    expect(readerServers({ DATELINE_SERVER: 'http://c:3' })).toEqual(['http://c:3']);
    expect(readerServers({})).toEqual(['http://127.0.0.1:3000']);
  });
});
