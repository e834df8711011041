import { describe, expect, it } from 'vitest';

import { deskResultOf, problemOfLine, readerServers } from './run-publish';

describe('the pipeline adapter', () => {
  it('reads back the lines formatProblem writes', () => {
    expect(
      problemOfLine('content/articles/2026/x.mdx:5: section: "harbours" is not a section — use one of uk, world'),
    ).toEqual({
      file: 'content/articles/2026/x.mdx',
      line: 5,
      field: 'section',
      message: '"harbours" is not a section',
      fix: 'use one of uk, world',
    });
    expect(problemOfLine('content/articles/2026/x.mdx: image.alt: is empty — describe the picture')).toMatchObject({
      field: 'image.alt',
      message: 'is empty',
    });
  });

  it("turns today's all-or-nothing refusal into refused files, by path inside the content folder", () => {
    const result = deskResultOf(
      {
        status: 'refused',
        problems: [
          'content/articles/2026/x.mdx:5: section: "harbours" is not a section — use uk',
          'content/articles/2026/x.mdx:9: body: unclosed tag — close it',
          'content/live/2026/storm/0900.mdx:2: time: is not a time — write 09:00',
        ],
      },
      '/srv/site',
      '/srv/site/content',
    );
    expect(result.refused.map((refused) => [refused.file, refused.problems.length])).toEqual([
      ['articles/2026/x.mdx', 2],
      ['live/2026/storm/0900.mdx', 1],
    ]);
    expect(deskResultOf({ status: 'nothing' }, '/srv/site', '/srv/site/content')).toEqual({
      status: 'nothing',
      refused: [],
    });
  });

  it('reads the reader servers as npm run publish does', () => {
    expect(readerServers({ DATELINE_SERVERS: 'http://a:1, http://b:2' })).toEqual(['http://a:1', 'http://b:2']);
    expect(readerServers({})).toEqual(['http://127.0.0.1:3000']);
  });
});
