import slugify from '@sindresorhus/slugify';
import { getImageProps } from 'next/image';
import { Children, isValidElement, type ReactNode } from 'react';

import { Image } from '@/components/article/next-image';

import { type BodyPictureProps, type SizedPicture, sizedPicture } from './body-picture';

/**
 * One picture of a <Gallery>. The gallery reads its props and lays the pictures out itself; the
 * content check refuses a <Photo> anywhere else, so this renders nothing of its own.
 */
export const Photo: (props: BodyPictureProps) => null = () => null;

/** The picture at screen size, for the viewer: next/image's sources, read from the link by gallery.js. */
function largeSources({ src, alt, caption, credit, width, height }: SizedPicture) {
  const { props } = getImageProps({ src, alt, width, height, sizes: '100vw' });
  return {
    'data-src': props.src,
    'data-srcset': props.srcSet,
    'data-width': width,
    'data-height': height,
    'data-caption': caption,
    'data-credit': credit,
  };
}

function photosOf(children: ReactNode): SizedPicture[] {
  return Children.toArray(children).flatMap((child) => {
    if (!isValidElement<BodyPictureProps>(child) || child.type !== Photo) return [];
    return [sizedPicture('Photo', child.props)];
  });
}

/** The script that opens a picture large (public/js/gallery.js); only pages with a gallery load it. */
export const GALLERY_SCRIPT = '/js/gallery.js';

/**
 * <Gallery title="…"> in a story body: pictures with captions and credits. As HTML it is a grid
 * in which each picture links to its full-size file, which is all a reader without JavaScript
 * needs. With JavaScript, public/js/gallery.js opens a picture large, addressed by
 * #<gallery>-<n> (the id of its place in the grid), from the sources on its link.
 */
export function Gallery({ title, children }: { title: string; children: ReactNode }) {
  const id = `gallery-${slugify(title)}`;
  const photos = photosOf(children);
  return (
    <section id={id} data-gallery={title} aria-labelledby={`${id}-title`} className="not-prose my-10 font-sans">
      {/* React puts this in <head> once per page, however many galleries there are. */}
      <script async src={GALLERY_SCRIPT} />
      <h2 id={`${id}-title`} className="text-xl font-bold text-ink">
        {title}
      </h2>
      <p className="text-sm text-muted">{photos.length} pictures</p>
      <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {photos.map((photo, index) => (
          <li key={`${photo.src}-${index}`} id={`${id}-${index + 1}`} data-gallery-item="">
            <figure>
              <a href={photo.src} data-photo={index} className="block" {...largeSources(photo)}>
                <Image
                  src={photo.src}
                  alt={photo.alt}
                  width={photo.width}
                  height={photo.height}
                  sizes="(min-width: 768px) 250px, (min-width: 640px) 33vw, 50vw"
                  className="aspect-[4/3] w-full bg-wash object-cover"
                />
              </a>
              {(photo.caption || photo.credit) && (
                <figcaption className="mt-1 text-xs leading-snug text-muted">
                  {photo.caption}
                  {photo.credit && <span className="ml-1 tracking-wide uppercase">{photo.credit}</span>}
                </figcaption>
              )}
            </figure>
          </li>
        ))}
      </ul>
      {/* Where gallery.js builds the viewer. Its inner HTML is not React's to hydrate, so a viewer
          opened by a shared link before hydration finishes is not taken for a mismatch. */}
      <div data-gallery-viewer="" dangerouslySetInnerHTML={{ __html: '' }} />
    </section>
  );
}
