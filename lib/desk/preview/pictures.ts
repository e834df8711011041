/**
 * A preview link's pictures (docs/decisions/048-preview-links.md, "Pictures"). The site's article
 * component points its pictures at /images/… and at next/image's optimiser (/_next/image?url=…),
 * which on the desk are behind sign-in or not there at all. So the preview page points them at
 * addresses under the link itself,
 *
 *   /preview/<id>.<expires>.<signature>/pictures/<path under images/>
 *
 * and each such request proves itself as the page does: the link is checked in full again
 * (signature, expiry, its row, revocation: ./open.ts checkPreview), then the picture must be one
 * the story names (its lead picture or one in its body: picturesNamedIn), a picture by its first
 * bytes as well as its name, read from the desk's workspace (uploads not yet published) first,
 * else the site's public/. Anything else is the same plain 404 as an unknown link. The file is
 * served as it is, not resized: a preview is seen a handful of times.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { picturesNamedIn, pictureTypeOfPath, sniffPicture } from '../workspace/pictures';
import { checkPreview, PREVIEW_HEADERS, type PreviewDependencies, previewNotFound } from './open';
import { parsePicturePath } from './picture-addresses';

/** Reads a picture's bytes from the first folder that has it; never a path outside images/. */
function readFrom(folders: readonly string[], segments: string[]): Buffer | undefined {
  for (const folder of folders) {
    const images = path.resolve(folder, 'images');
    const file = path.resolve(images, ...segments);
    if (!file.startsWith(images + path.sep)) return undefined;
    try {
      return readFileSync(file);
    } catch {
      // Not in this folder: try the next.
    }
  }
  return undefined;
}

export type PicturePreviewDependencies = Pick<PreviewDependencies, 'key' | 'store' | 'now' | 'readStory'> & {
  /** The public folders to read pictures from, in order: the desk's workspace, then the site's. */
  pictureFolders: readonly string[];
};

/** What a GET or HEAD of /preview/<link>/pictures/<path> answers: the picture, or a 404. */
export async function answerPreviewPicture(
  address: string,
  deps: PicturePreviewDependencies,
  method = 'GET',
): Promise<Response> {
  const parsed = parsePicturePath(address);
  if (!parsed) return previewNotFound();
  const verdict = await checkPreview(parsed.link, deps);
  if (verdict.state !== 'open') return previewNotFound();
  const story = deps.readStory(verdict.story);
  const wanted = parsed.segments.join('/');
  if (!story?.file.startsWith('articles/') || !picturesNamedIn(story.text).includes(wanted)) return previewNotFound();
  const bytes = readFrom(deps.pictureFolders, parsed.segments);
  const type = bytes && sniffPicture(bytes);
  // The bytes must be the picture its name says (as an upload must be): nothing else leaves here.
  if (!bytes || !type || type !== pictureTypeOfPath(wanted)) return previewNotFound();
  return new Response(method === 'HEAD' ? null : new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Length': String(bytes.length),
      ...PREVIEW_HEADERS,
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    },
  });
}
