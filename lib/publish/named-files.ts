/**
 * `npm run publish -- <file> [<file>…]`: the files an editor or a script names, turned into
 * paths inside the content folder, so the publish looks at those alone (PublishOptions
 * changedPaths) and costs the same on any archive. A name is a path inside the content folder
 * (articles/2026/x.mdx) or one relative to the project or absolute (content/articles/2026/x.mdx);
 * a deleted file is named as it was, to publish its removal.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

const HOW = 'name content files as content/articles/2026/<slug>.mdx or articles/2026/<slug>.mdx';

export function namedFiles(names: readonly string[], folders: { root: string; contentDir: string }): string[] {
  const contentDir = path.resolve(folders.root, folders.contentDir);
  const inside = (absolute: string) => {
    const relative = path.relative(contentDir, absolute);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : undefined;
  };
  return names.map((name) => {
    const relative =
      inside(path.resolve(folders.root, name)) ??
      (path.isAbsolute(name) ? undefined : inside(path.join(contentDir, name)));
    if (relative === undefined) throw new Error(`${name}: not a file of the content folder (${contentDir}) — ${HOW}`);
    const file = relative.split(path.sep).join('/');
    if (file.split('/').some((part) => part.startsWith('.'))) {
      throw new Error(`${name}: a hidden file or folder, which the site does not read — ${HOW}`);
    }
    if (statSync(path.join(contentDir, relative), { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`${name}: a folder — name each file in it (a live blog's index.mdx and posts), as ${HOW}`);
    }
    return file;
  });
}
