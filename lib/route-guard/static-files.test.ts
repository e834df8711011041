import { describe, expect, it } from 'vitest';

import { canonicalFilePath, isStaticFilePath } from './static-files';

describe('files served as they are', () => {
  it('are the folders and root files the route manifest names', () => {
    for (const path of ['/images/a.jpg', '/js/embeds.js', '/_next/static/x.js', '/favicon.ico']) {
      expect(isStaticFilePath(path), path).toBe(true);
    }
    // The search index is served by a route from outside public/ (app/pagefind, decision 056).
    for (const path of ['/images', '/favicon.ico/x', '/uk/images/a.jpg', '/feed.xml', '/', '/pagefind/indexes.json']) {
      expect(isStaticFilePath(path), path).toBe(false);
    }
  });

  it('are looked up only when spelled the one way Next serves them', () => {
    expect(canonicalFilePath('/js/embeds.js')).toBe('/js/embeds.js');
    expect(canonicalFilePath('/images/caf%C3%A9.jpg')).toBe('/images/café.jpg');
    for (const path of [
      '/images/.%2F.%2F..%2Fjs%2Fembeds.js',
      '/images/..%2fjs/embeds.js',
      '/images/..%5Cjs%5Cembeds.js',
      '/images/..\\js\\embeds.js',
      '/images/../js/embeds.js',
      '/images/./a.jpg',
      '/images//a.jpg',
      '/images/%2E%2E/js/embeds.js',
      '/images/a.jpg%00',
      '/images/%E0%A4%A',
    ]) {
      expect(canonicalFilePath(path), path).toBeNull();
    }
  });
});
