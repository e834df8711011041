import type { ImageRef } from '@/lib/content/types';

import { CaptionedImage } from './CaptionedImage';

/** The lead picture: loaded first, at its real proportions, with caption and credit. */
export function HeroImage({ image }: { image: ImageRef }) {
  return <CaptionedImage {...image} priority className="my-6" />;
}
