import { CaptionedImage } from '@/components/article/CaptionedImage';

interface Props {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** Filled in at build time from the image file (lib/mdx/remark-plugins.ts). */
  width?: string | number;
  height?: string | number;
}

/** <Figure> in a story body: a picture with caption and credit. */
export function Figure({ width, height, ...image }: Props) {
  if (!width || !height) {
    throw new Error(
      `<Figure src="${image.src}">: the image size is unknown — check that public${image.src} exists, then run npm run build:content`,
    );
  }
  return <CaptionedImage {...image} width={Number(width)} height={Number(height)} className="not-prose my-8" />;
}
