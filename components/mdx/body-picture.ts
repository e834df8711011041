/** A picture an editor writes in a body (<Figure>, a gallery's <Photo>), as MDX hands it over. */
export interface BodyPictureProps {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** Filled in at build time from the image file (lib/mdx/remark-plugins.ts). */
  width?: string | number;
  height?: string | number;
}

export type SizedPicture = Omit<BodyPictureProps, 'width' | 'height'> & { width: number; height: number };

/**
 * The picture with the size the build read from its file. Never drawn without one (the layout
 * would jump): a missing size means stale generated data or an unreadable file, named here.
 */
export function sizedPicture(component: string, { width, height, ...picture }: BodyPictureProps): SizedPicture {
  if (!width || !height) {
    throw new Error(
      `<${component} src="${picture.src}">: the image size is unknown — check that public${picture.src} exists, then run npm run build:content`,
    );
  }
  return { ...picture, width: Number(width), height: Number(height) };
}
