// @ts-check
import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Live editing: the dev server only answers hot-reload connections from allowed hosts, and
  // blocks 127.0.0.1 by default, so a preview opened at http://127.0.0.1:3000 never refreshed.
  allowedDevOrigins: ['127.0.0.1'],
  images: {
    // Images are local files under public/; no remote loader is ever allowed.
    remotePatterns: [],
    formats: ['image/avif', 'image/webp'],
  },
  experimental: {
    // Prerender with one worker per core. Next's default (cores - 1) leaves half of a 2-core
    // machine idle while pages are generated; the main process only waits then (decision 016).
    cpus: availableParallelism(),
  },
};

// `npm run build:static` (DATELINE_STATIC_EXPORT=1) writes the whole site to out/ for any static
// host (docs/decisions/018). `npm run build` and `npm start` never see these settings.
if (process.env.DATELINE_STATIC_EXPORT === '1') {
  nextConfig.output = 'export';
  nextConfig.images = {
    ...nextConfig.images,
    // No image optimizer without a server: the loader points at variants that
    // scripts/static-export/images.ts draws after the build, one per width below.
    loader: 'custom',
    loaderFile: './lib/static-export/image-loader.ts',
    // Enough steps for 360–430 px phones at 2–3x and a 720–760 px column at 1–2x; each width
    // is one more picture to draw per story (decision 018).
    deviceSizes: [360, 640, 828, 1080, 1600],
    imageSizes: [96, 192, 256],
  };
}

export default nextConfig;
