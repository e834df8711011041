/**
 * A picture in the editor: upload one from the computer, or keep (or type) the path of a picture
 * already under public/ (docs/decisions/031-keystatic-editor.md, "Pictures upload").
 *
 * Keystatic's own fields.image cannot do the second. It files an upload under
 * `<directory>/<entry slug>/` and, when it opens a story, looks for the picture only there
 * (@keystatic/core 0.6.9, dist/keystatic-core-ui.js:423, parseEntry); its parse returns null when
 * no file was found. Every sample's picture is at /images/articles/<name>.jpg, so it would open
 * empty and be dropped on the next save.
 *
 * This is an asset field of our own (Keystatic's public AssetFormField type) that does both: an
 * upload is written by Keystatic to public/images/articles/<year>/<slug>/<file> and its path
 * saved in the story; any other path is kept as it is and shown from the dev server.
 */
import { type AssetFormField, fields } from '@keystatic/core';

import { PictureInput } from '../../components/editor/PictureInput.client';
import type { Picture } from './picture-name';

/** Where uploads go, under public/ (the site path is the same without `public`). */
export const UPLOAD_FOLDER = 'images/articles';

/**
 * The path under public/ of a story's upload folder, /images/articles/<year>/<slug>/: a folder of
 * files, not a page, so not one of lib/routes.ts's URLs.
 */
const uploadPrefix = (slug: string | undefined) =>
  ['', UPLOAD_FOLDER, ...(slug === undefined ? [] : [slug]), ''].join('/');

/** The file name of a picture uploaded to this story's folder; undefined for any other path. */
function uploadedName(value: unknown, slug: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const prefix = uploadPrefix(slug);
  const rest = value.startsWith(prefix) ? value.slice(prefix.length) : '';
  return rest && !rest.includes('/') ? rest : undefined;
}

export function pictureField({
  label,
  description,
  required,
}: {
  label: string;
  description: string;
  required: boolean;
}): AssetFormField<Picture, Picture, string | null> {
  // Keystatic's own image field, only for its "is required" error (a FieldDataError, which the
  // form shows as the field's message; the class is not exported).
  const requiredCheck = fields.image({ label, validation: { isRequired: required } });
  return {
    kind: 'form',
    formKind: 'asset',
    // Keystatic writes the upload to <directory>/<slug>/<filename> and allows writes there.
    directory: `public/${UPLOAD_FOLDER}`,
    Input: (props) => <PictureInput {...props} label={label} description={description} required={required} />,
    defaultValue: () => null,
    // Only an upload in this story's own folder is a file Keystatic should read back.
    filename: (value, { slug }) => uploadedName(value, slug),
    parse(value, { asset, slug }) {
      if (value === undefined || value === '') return null;
      if (typeof value !== 'string') throw new TypeError(`${label} must be a path, e.g. /images/articles/x.jpg`);
      const filename = uploadedName(value, slug);
      if (asset && filename) return { kind: 'upload', data: asset, filename };
      return { kind: 'path', src: value };
    },
    validate(value) {
      if (value === null) requiredCheck.validate(null);
      return value;
    },
    serialize(value, { slug }) {
      if (value === null) return { value: undefined, asset: undefined };
      if (value.kind === 'path') return { value: value.src, asset: undefined };
      return {
        value: `${uploadPrefix(slug)}${value.filename}`,
        asset: { filename: value.filename, content: value.data },
      };
    },
    reader: {
      parse(value) {
        return typeof value === 'string' ? value : null;
      },
    },
  };
}
