/**
 * The social card (1200×630 PNG) shared on Facebook, X, LinkedIn, Slack…: headline, section
 * and site name, with the hero picture beside them when the story has one. Rendered by
 * next/og at build time with fonts read from npm packages: nothing is fetched.
 */
import { ImageResponse } from 'next/og';
import sharp from 'sharp';

import { site } from '../site';
import { brandFonts, drawableText } from './card-fonts';
import { readPublicFile } from './public-file';
import { CARD_SIZE } from './social-image';

const INK = '#16181d';
const ACCENT = '#e5484d';

export interface CardInput {
  /** The big line: a headline, or a front's name. */
  title: string;
  /** The small capitals above it: the section, or what kind of page this is. */
  label?: string;
  /** A sentence under the big line (a front's description). */
  subtitle?: string;
  /** A picture under public/ (any format sharp reads). */
  image?: { src: string };
}

const headlineSize = (title: string, narrow: boolean) => {
  const long = narrow ? [110, 80, 50] : [140, 100, 60];
  if (title.length > (long[0] as number)) return 40;
  if (title.length > (long[1] as number)) return 48;
  return title.length > (long[2] as number) ? 56 : 66;
};

const TEXT_WIDTH = 640;
const PICTURE = { width: CARD_SIZE.width - TEXT_WIDTH, height: CARD_SIZE.height };

/** The hero cut to the card's picture area first: resvg then decodes a small JPEG, not the full-size file. */
async function pictureData(src: string): Promise<string> {
  const cropped = await sharp(readPublicFile(src))
    .resize(PICTURE.width, PICTURE.height, { fit: 'cover' })
    .jpeg({ quality: 85 })
    .toBuffer();
  return `data:image/jpeg;base64,${cropped.toString('base64')}`;
}

/** Card text as the fonts can draw it; a character left out is named in the build log (see card-fonts.ts). */
function drawable(input: CardInput): Pick<CardInput, 'title' | 'label' | 'subtitle'> {
  const parts = {
    title: drawableText(input.title),
    label: drawableText(input.label ?? ''),
    subtitle: drawableText(input.subtitle ?? ''),
  };
  const missing = [...new Set(Object.values(parts).flatMap((part) => part.missing))];
  if (missing.length > 0)
    console.warn(`Social card "${input.title}": left out ${missing.join(' ')} (no card font has them)`);
  return { title: parts.title.text, label: parts.label.text || undefined, subtitle: parts.subtitle.text || undefined };
}

export async function socialCard(input: CardInput): Promise<ImageResponse> {
  const { title, label, subtitle } = drawable(input);
  const { image } = input;
  const picture = image && (await pictureData(image.src));
  const textWidth = picture ? TEXT_WIDTH : CARD_SIZE.width;
  return new ImageResponse(
    <div style={{ display: 'flex', width: '100%', height: '100%', background: INK, color: '#ffffff' }}>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: textWidth,
          height: '100%',
          padding: '56px 60px',
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          {label && (
            <div
              style={{
                fontFamily: 'Inter',
                fontSize: 28,
                color: ACCENT,
                textTransform: 'uppercase',
                letterSpacing: 2,
                marginBottom: 24,
              }}
            >
              {label}
            </div>
          )}
          <div
            style={{ fontFamily: 'Source Serif 4', fontSize: headlineSize(title, Boolean(picture)), lineHeight: 1.15 }}
          >
            {title}
          </div>
          {subtitle && (
            <div style={{ fontFamily: 'Inter', fontSize: 28, lineHeight: 1.35, color: '#c9ccd3', marginTop: 24 }}>
              {subtitle}
            </div>
          )}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', fontFamily: 'Source Serif 4', fontSize: 40 }}>
          <div style={{ width: 14, height: 40, background: ACCENT, marginRight: 18 }} />
          {site.name}
        </div>
      </div>
      {picture && (
        // satori draws a plain <img>; next/image has no meaning inside an ImageResponse.
        <img src={picture} alt="" width={PICTURE.width} height={PICTURE.height} />
      )}
    </div>,
    { ...CARD_SIZE, fonts: await brandFonts() },
  );
}
