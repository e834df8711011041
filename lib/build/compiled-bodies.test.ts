import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { imagesFingerprint } from './compiled-bodies';

let publicDir: string;
const put = (file: string, bytes = 'x') => {
  mkdirSync(path.dirname(path.join(publicDir, file)), { recursive: true });
  writeFileSync(path.join(publicDir, file), bytes);
};

beforeEach(() => {
  publicDir = mkdtempSync(path.join(tmpdir(), 'images-fingerprint-'));
  put('images/articles/crane.jpg');
  put('pagefind/2026/fragment/en_1.pf_fragment');
});
afterEach(() => rmSync(publicDir, { recursive: true, force: true }));

describe('imagesFingerprint (what compiled bodies depend on besides their text)', () => {
  it('changes when a picture is added, resized or removed, at any depth', () => {
    const before = imagesFingerprint(publicDir);
    put('images/authors/deep/folder/avatar.png');
    const added = imagesFingerprint(publicDir);
    expect(added).not.toBe(before);
    put('images/articles/crane.jpg', 'a larger picture');
    expect(imagesFingerprint(publicDir)).not.toBe(added);
    rmSync(path.join(publicDir, 'images/authors'), { recursive: true });
    rmSync(path.join(publicDir, 'images/articles/crane.jpg'));
    expect(imagesFingerprint(publicDir)).not.toBe(before);
  });

  it('ignores other files, and does not enter the search index (a file per story at archive size)', () => {
    const before = imagesFingerprint(publicDir);
    put('robots-notes.txt');
    put('pagefind/2026/fragment/en_2.pf_fragment');
    // Pagefind writes no pictures, so even one there is not read (the walk never enters the folder).
    put('pagefind/2026/stray.png');
    expect(imagesFingerprint(publicDir)).toBe(before);
    put('elsewhere/pagefind/picture.png');
    expect(imagesFingerprint(publicDir)).not.toBe(before);
  });
});
