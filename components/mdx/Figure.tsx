import Image from 'next/image';

interface Props {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** Filled in at build time from the image file (lib/mdx/remark-plugins.ts). */
  width?: string | number;
  height?: string | number;
}

/** A picture inside a story body, with caption and credit. */
export function Figure({ src, alt, caption, credit, width, height }: Props) {
  if (!width || !height) {
    throw new Error(`<Figure src="${src}">: the image size is unknown — check that public${src} exists, then run npm run build:content`);
  }
  return (
    <figure className="not-prose my-8">
      <Image
        src={src}
        alt={alt}
        width={Number(width)}
        height={Number(height)}
        sizes="(min-width: 1024px) 720px, 100vw"
        className="h-auto w-full bg-wash"
      />
      {(caption || credit) && (
        <figcaption className="mt-2 font-sans text-sm text-muted">
          {caption}
          {credit && <span className="ml-1 text-xs tracking-wide uppercase">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
