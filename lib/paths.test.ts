import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { contentDir, publicDir } from './paths';

describe('contentDir and publicDir', () => {
  it('resolve CONTENT_DIR and PUBLIC_DIR from the environment they are given, against the working directory', () => {
    expect(contentDir({})).toBe(path.resolve('content'));
    expect(contentDir({ CONTENT_DIR: '/srv/newsroom/content' })).toBe('/srv/newsroom/content');
    expect(publicDir({ PUBLIC_DIR: 'static' })).toBe(path.resolve('static'));
    expect(publicDir({ PUBLIC_DIR: '  ' })).toBe(path.resolve('public'));
  });
});
