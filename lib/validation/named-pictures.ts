/**
 * The pictures a content file names, as paths from the site root (/images/articles/x.jpg): a
 * story's lead image (`image: src:`), an author's avatar, and every <Figure src> and <Photo src>
 * in a body; the fields the image-path rules check (./rules/lead-image.ts, ./rules/author-avatars.ts,
 * ./rules/body-pictures.ts). A publish copies them into the database so that every instance
 * serves them (lib/publish/pictures.ts).
 */
import type { Entry } from './model';
import { text } from './rules/context';

const PICTURE_COMPONENTS = new Set(['Figure', 'Photo']);

/** Only local paths: a remote or relative one is a problem the check reports, never a file to copy. */
const local = (src: string | undefined): src is string => !!src && src.startsWith('/') && !src.startsWith('//');

export function picturesNamedBy(entry: Entry): string[] {
  const image = entry.data?.image;
  const named = [
    image && typeof image === 'object' ? text((image as Record<string, unknown>).src) : undefined,
    entry.kind === 'author' ? text(entry.data?.avatar) : undefined,
    ...entry.uses.map((use) => (PICTURE_COMPONENTS.has(use.name) ? use.props.src : undefined)),
  ];
  return [...new Set(named.filter(local))].sort();
}
