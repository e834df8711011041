import Image from 'next/image';
import type { ImageRef } from '@/lib/content/types';

/** The lead picture: sized from its real dimensions, loaded first, with caption and credit. */
export function HeroImage({ image }: { image: ImageRef }) {
  return (
    <figure className="my-6">
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        priority
        sizes="(min-width: 1024px) 720px, 100vw"
        className="h-auto w-full bg-wash"
      />
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 font-sans text-sm text-muted">
          {image.caption}
          {image.credit && <span className="ml-1 text-xs tracking-wide uppercase">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
