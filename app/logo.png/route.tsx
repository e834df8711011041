import { ImageResponse } from 'next/og';

import { brandFonts } from '@/lib/seo/card-fonts';
import { LOGO } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

/** The publisher logo that NewsArticle JSON-LD points at: the wordmark, 600×60 as Google asks. */
export async function GET() {
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        width: '100%',
        height: '100%',
        background: '#ffffff',
        color: '#16181d',
        fontFamily: 'Source Serif 4',
        fontSize: 46,
      }}
    >
      <div style={{ width: 12, height: 44, background: '#a4161a', marginRight: 16 }} />
      {site.name}
    </div>,
    { width: LOGO.width, height: LOGO.height, fonts: await brandFonts() },
  );
}
