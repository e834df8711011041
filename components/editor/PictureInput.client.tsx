'use client';
/**
 * The form of the editor's picture field (lib/editor/picture-field.tsx): upload a file, or type the
 * path of a picture already on the site; a preview of either. In a file of its own marked for the
 * browser: the editor's API route loads the same configuration on the server, where hooks are not
 * allowed. The one component lib/ imports (eslint-rules/lib-layers.mjs): the field hands it to Keystatic.
 */
import { ActionButton, ButtonGroup } from '@keystar/ui/button';
import { FieldDescription, FieldLabel, FieldMessage } from '@keystar/ui/field';
import { Flex } from '@keystar/ui/layout';
import { TextField } from '@keystar/ui/text-field';
import type { AssetFormField } from '@keystatic/core';
import { useId, useMemo, useRef, useState } from 'react';

import { type Picture, safeFilename } from '@/lib/editor/picture-name';

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

export function PictureInput(
  props: Parameters<AssetFormField<Picture, Picture, string | null>['Input']>[0] & {
    label: string;
    description: string;
    required: boolean;
  },
) {
  const { value, label, description, required } = props;
  const onChange = (picture: Picture) => props.onChange(picture);
  const labelId = useId();
  const descriptionId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [touched, setTouched] = useState(false);
  const preview = usePreviewUrl(value);
  const pathText = value?.kind === 'path' ? value.src : '';

  return (
    <Flex role="group" aria-labelledby={labelId} aria-describedby={descriptionId} direction="column" gap="medium">
      <FieldLabel id={labelId} elementType="span" isRequired={required}>
        {label}
      </FieldLabel>
      <FieldDescription id={descriptionId}>{description}</FieldDescription>
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_TYPES}
        aria-label={`${label}: file to upload`}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          void file.arrayBuffer().then((bytes) => {
            onChange({ kind: 'upload', data: new Uint8Array(bytes), filename: safeFilename(file.name) });
          });
        }}
      />
      <ButtonGroup>
        <ActionButton onPress={() => fileInput.current?.click()}>Upload a picture</ActionButton>
        {value !== null && (
          <ActionButton
            prominence="low"
            onPress={() => {
              onChange(null);
              setTouched(true);
            }}
          >
            Remove
          </ActionButton>
        )}
      </ButtonGroup>
      {preview && (
        <img src={preview} alt="" style={{ display: 'block', maxHeight: 160, maxWidth: '100%', alignSelf: 'start' }} />
      )}
      {value?.kind === 'upload' ? (
        <TextField
          label="File name"
          description="The picture is saved in this story's folder under public/images/articles/ with this name."
          value={value.filename}
          onChange={(filename) => onChange({ ...value, filename: safeFilename(filename) })}
        />
      ) : (
        <TextField
          label="Or the path of a picture already on the site"
          description="Under public/, starting with a slash, e.g. /images/articles/harbour-crane.jpg."
          value={pathText}
          onBlur={() => setTouched(true)}
          onChange={(src) => onChange(src === '' ? null : { kind: 'path', src })}
        />
      )}
      {(props.forceValidation || touched) && required && value === null && (
        <FieldMessage>{label} is required</FieldMessage>
      )}
    </Flex>
  );
}

/** What to show for the picture: the uploaded bytes, or the file the dev server serves. */
function usePreviewUrl(value: Picture): string | null {
  const data = value?.kind === 'upload' ? value.data : null;
  // A data: URL, not a blob: one, which would need revoking in an effect (and React's strict mode
  // runs cleanups once more in development, revoking a URL still in use).
  const url = useMemo(() => (data ? `data:${imageType(data)};base64,${base64(data)}` : null), [data]);
  if (value?.kind === 'path') return value.src.startsWith('/') ? value.src : null;
  return url;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** The picture's type from its first bytes (a data: URL must name one); browsers draw it from there. */
function imageType(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 12));
  if (head.startsWith('\x89PNG')) return 'image/png';
  if (head.startsWith('GIF8')) return 'image/gif';
  if (head.startsWith('RIFF') && head.slice(8) === 'WEBP') return 'image/webp';
  if (head.slice(4, 8) === 'ftyp') return 'image/avif';
  if (head.trimStart().startsWith('<')) return 'image/svg+xml';
  return 'image/jpeg';
}
