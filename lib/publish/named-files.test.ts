import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { namedFiles } from './named-files';

const root = mkdtempSync(path.join(tmpdir(), 'dateline-named-'));
const contentDir = path.join(root, 'content');
mkdirSync(path.join(contentDir, 'live', '2026', 'storm'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folders = { root, contentDir };

describe('the files named to npm run publish', () => {
  it('are paths inside the content folder, however they are written; a deleted file may be named', () => {
    expect(
      namedFiles(
        [
          'articles/2026/pier.mdx',
          'content/articles/2026/ferry.mdx',
          path.join(contentDir, 'live/2026/storm/index.mdx'),
          './content/sections/uk.yaml',
        ],
        folders,
      ),
    ).toEqual(['articles/2026/pier.mdx', 'articles/2026/ferry.mdx', 'live/2026/storm/index.mdx', 'sections/uk.yaml']);
  });

  it('refuses a path outside the content folder, a hidden file and a folder, naming it and the fix', () => {
    expect(() => namedFiles(['../elsewhere/x.mdx'], folders)).toThrow(
      `../elsewhere/x.mdx: not a file of the content folder (${contentDir}) — name content files as content/articles/2026/<slug>.mdx or articles/2026/<slug>.mdx`,
    );
    expect(() => namedFiles(['/etc/passwd'], folders)).toThrow('/etc/passwd: not a file of the content folder');
    expect(() => namedFiles(['articles/.draft.mdx'], folders)).toThrow(
      'articles/.draft.mdx: a hidden file or folder, which the site does not read',
    );
    expect(() => namedFiles(['content/live/2026/storm'], folders)).toThrow(
      "content/live/2026/storm: a folder — name each file in it (a live blog's index.mdx and posts)",
    );
  });
});
