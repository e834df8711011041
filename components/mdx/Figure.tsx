import { CaptionedImage } from '@/components/article/CaptionedImage';

import { type BodyPictureProps, sizedPicture } from './body-picture';

/** <Figure> in a story body: a picture with caption and credit. */
export function Figure(props: BodyPictureProps) {
  return <CaptionedImage {...sizedPicture('Figure', props)} className="not-prose my-8" />;
}
