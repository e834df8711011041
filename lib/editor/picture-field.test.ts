/**
 * The editor's picture field: a path already on the site is kept as it is (Keystatic's own image
 * field would open it empty and drop it on save), an upload is filed in the story's own folder
 * under public/images/articles/, and a required picture cannot be left out.
 */
import { describe, expect, it, vi } from 'vitest';

import { pictureField } from './picture-field';
import { safeFilename } from './picture-name';

// Keystatic's browser build, as the other editor tests use (its Node build stubs the form parts).
vi.mock('@keystatic/core', () => import('../../node_modules/@keystatic/core/dist/keystatic-core.js'));

const field = pictureField({ label: 'Picture', description: 'A picture.', required: true });
const optional = pictureField({ label: 'Picture', description: 'A picture.', required: false });
const slug = '2026/harbour-lights';
const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);

describe('the picture field', () => {
  it('keeps the path of a picture that is not in the story folder, byte for byte on save', () => {
    const src = '/images/articles/restored-pier-reopens-after-six-years.jpg';
    expect(field.filename(src, { slug, suggestedFilenamePrefix: undefined })).toBeUndefined();
    const parsed = field.parse(src, { asset: undefined, slug });
    expect(parsed).toEqual({ kind: 'path', src });
    expect(field.serialize(parsed, { slug, suggestedFilenamePrefix: undefined })).toEqual({
      value: src,
      asset: undefined,
    });
  });

  it("files an upload in the story's own folder and writes its path", () => {
    const saved = field.serialize(
      { kind: 'upload', data: bytes, filename: 'quay.jpg' },
      { slug, suggestedFilenamePrefix: 'image/src' },
    );
    // Keystatic writes the asset to <directory>/<slug>/<filename>.
    expect(field.directory).toBe('public/images/articles');
    expect(saved).toEqual({
      value: '/images/articles/2026/harbour-lights/quay.jpg',
      asset: { filename: 'quay.jpg', content: bytes },
    });
  });

  it('reads an earlier upload back from the story folder', () => {
    const src = '/images/articles/2026/harbour-lights/quay.jpg';
    expect(field.filename(src, { slug, suggestedFilenamePrefix: undefined })).toBe('quay.jpg');
    expect(field.parse(src, { asset: bytes, slug })).toEqual({ kind: 'upload', data: bytes, filename: 'quay.jpg' });
    // The file gone from the folder: the path stays, and the content check reports the missing file.
    expect(field.parse(src, { asset: undefined, slug })).toEqual({ kind: 'path', src });
  });

  it('refuses an empty required picture with Keystatic’s own message, and allows an empty optional one', () => {
    expect(() => field.validate(null)).toThrow('Picture is required');
    expect(optional.validate(null)).toBeNull();
    expect(field.parse(undefined, { asset: undefined, slug })).toBeNull();
    expect(optional.serialize(null, { slug, suggestedFilenamePrefix: undefined }).value).toBeUndefined();
  });

  it('gives uploads file names a URL takes as they are', () => {
    expect(safeFilename('Harbour Lights.JPG')).toBe('harbour-lights.jpg');
    expect(safeFilename('Café du Port (2).jpeg')).toBe('cafe-du-port-2.jpeg');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('.jpg')).toBe('picture.jpg');
  });
});
