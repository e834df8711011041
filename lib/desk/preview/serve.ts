/**
 * The gate's side of preview links: what a stranger may open under /preview/, the link's page
 * (./open.ts) and the pictures that page shows (./pictures.ts).
 */
import path from 'node:path';

import type { DeskContext } from '../auth/desk-context';
import { currentDesk } from '../publishing/current';
import { readIfPresent } from '../workspace/files';
import type { StoryKey } from '../workspace/story-key';
import { mainFile } from '../workspace/workspace';
import { answerPreview, PREVIEW_HEADERS, previewNotFound, type PreviewRenderer } from './open';
import { parsePicturePath } from './picture-addresses';
import { answerPreviewPicture } from './pictures';
import { parsePreviewPath, previewKey } from './signature';
import { siteCss } from './site-css';
import { PreviewLinkStore } from './store';

const keys = new WeakMap<object, Buffer>();

/** The preview key of this desk's secret, derived once. */
export function previewKeyOf(context: Pick<DeskContext, 'settings'>): Buffer {
  let key = keys.get(context.settings);
  if (!key) {
    key = previewKey(context.settings.secret);
    keys.set(context.settings, key);
  }
  return key;
}

/** The story's main file: the desk's workspace copy (what the preview is for), else the site's. */
function storyText(key: StoryKey): { file: string; text: string } | undefined {
  const desk = currentDesk();
  if (!desk) return undefined;
  for (const folder of [desk.workspace.contentDir, desk.workspace.project.contentDir]) {
    const file = mainFile(folder, key);
    const text = file && readIfPresent(path.join(folder, file))?.toString('utf8');
    if (file && text !== undefined) return { file, text };
  }
  return undefined;
}

export async function servePreview(
  deps: { context: DeskContext; root: string; renderPreview?: PreviewRenderer },
  path: string,
  method: string,
): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD')
    return new Response('A preview is read with GET.\n', {
      status: 405,
      headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', ...PREVIEW_HEADERS },
    });
  const desk = currentDesk();
  const common = {
    key: previewKeyOf(deps.context),
    store: new PreviewLinkStore(deps.context.database, desk?.options.now),
    now: desk?.options.now ?? (() => new Date()),
    readStory: storyText,
    pictureFolders: desk ? [desk.workspace.publicDir, desk.workspace.project.publicDir] : [],
  };
  // Exactly two shapes under /preview/: a link, and a picture under a link. Anything else is a
  // plain 404 that reads nothing.
  if (parsePreviewPath(path))
    return answerPreview(path, { ...common, render: deps.renderPreview, css: () => siteCss(deps.root) });
  if (parsePicturePath(path)) return answerPreviewPicture(path, common, method);
  return previewNotFound();
}
