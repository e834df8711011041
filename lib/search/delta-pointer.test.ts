import { describe, expect, it } from 'vitest';

import type { SearchDocument } from '../content/types';
import { deltaPointer, storiesToIndex } from './delta-pointer';

const doc = (url: string, title = `Title of ${url}`) =>
  ({ url, title, date: '2026-11-28T09:00:00Z', text: 'Body' }) as unknown as SearchDocument;
const written = new Date('2026-11-29T10:00:00Z');

describe('storiesToIndex', () => {
  it('keeps one copy per URL, the journal’s last, at its last place', () => {
    const stories = storiesToIndex({
      upsert: [doc('/uk/a', 'first'), doc('/uk/b'), doc('/uk/a', 'second')],
      remove: [],
    });
    expect(stories.map((s) => [s.url, s.title])).toEqual([
      ['/uk/b', 'Title of /uk/b'],
      ['/uk/a', 'second'],
    ]);
  });

  it('never indexes a URL that is also removed', () => {
    expect(storiesToIndex({ upsert: [doc('/uk/a'), doc('/uk/b')], remove: ['/uk/a'] }).map((s) => s.url)).toEqual([
      '/uk/b',
    ]);
  });
});

describe('deltaPointer', () => {
  const ids = { '/uk/changed': 'en_c', '/uk/removed': 'en_r', '/uk/unchanged': 'en_u', '/uk/untouched': 'en_t' };

  it('tombstones every removed and upserted URL and hides their base copies', () => {
    const pointer = deltaPointer(
      { upsert: [doc('/uk/changed'), doc('/uk/new')], remove: ['/uk/removed'] },
      { ids, deltaIds: new Set(['en_c2', 'en_n']) },
      { url: '/pagefind-delta/v/', stories: 2, written },
    );
    expect(pointer).toEqual({
      url: '/pagefind-delta/v/',
      stories: 2,
      tombstones: ['/uk/changed', '/uk/new', '/uk/removed'],
      // /uk/new was never in the base; /uk/untouched is not in the journal.
      hiddenIds: ['en_c', 'en_r'],
      written: '2026-11-29T10:00:00.000Z',
    });
  });

  it('does not hide an id the delta holds too (a story republished unchanged)', () => {
    const pointer = deltaPointer(
      { upsert: [doc('/uk/unchanged')], remove: [] },
      { ids, deltaIds: new Set(['en_u']) },
      { url: '/pagefind-delta/v/', stories: 1, written },
    );
    expect(pointer.tombstones).toEqual(['/uk/unchanged']);
    expect(pointer.hiddenIds).toEqual([]);
  });

  it('has no bundle when the journal only removes', () => {
    const pointer = deltaPointer(
      { upsert: [], remove: ['/uk/removed'] },
      { ids, deltaIds: new Set() },
      { url: null, stories: 0, written },
    );
    expect(pointer).toMatchObject({ url: null, stories: 0, tombstones: ['/uk/removed'], hiddenIds: ['en_r'] });
  });

  it('ignores inherited names in the id map', () => {
    const pointer = deltaPointer(
      { upsert: [], remove: ['constructor'] },
      { ids, deltaIds: new Set() },
      { url: null, stories: 0, written },
    );
    expect(pointer.hiddenIds).toEqual([]);
  });
});
