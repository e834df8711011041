import type { ImageRef } from '@/lib/content/types';

import { Image } from './next-image';

interface Props extends ImageRef {
  /** The hero picture loads first; pictures further down load lazily. */
  priority?: boolean;
  className?: string;
}

/** A local picture at its real proportions, with caption and credit, for the article column. */
export function CaptionedImage({ src, alt, width, height, caption, credit, priority = false, className = '' }: Props) {
  return (
    <figure className={className}>
      <Image
        src={src}
        alt={alt}
        width={width}
        height={height}
        // The hero is the largest paint: preloaded from <head> and fetched at high priority (issue 16).
        preload={priority}
        fetchPriority={priority ? 'high' : undefined}
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
