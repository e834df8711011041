// @ts-check
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants.js';

import { isSet, readEnv } from './lib/env.js';
import { MALFORMED_PATH_DESTINATION, MALFORMED_PATH_PATTERN } from './lib/security/malformed-url.js';
import { contentSecurityPolicy, isHttps, staticSecurityHeaders } from './lib/security/policy.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // server/start.js (`npm start`) compresses, after it has hashed each HTML response's inline
  // scripts into its Content-Security-Policy; Next's own compression would hand it gzip bytes.
  compress: false,
  // Live editing: the dev server only answers hot-reload connections from allowed hosts, and
  // blocks 127.0.0.1 by default, so a preview opened at http://127.0.0.1:3000 never refreshed.
  allowedDevOrigins: ['127.0.0.1'],
  images: {
    // Images are local files under public/; no remote loader is ever allowed.
    remotePatterns: [],
    formats: ['image/avif', 'image/webp'],
  },
  // Security headers on every response (docs/decisions/019). The CSP here allows no inline
  // script: it stays on feeds, files and other non-HTML answers; `npm start` (server/) replaces it
  // on every HTML response with the policy of that response's own inline scripts.
  async headers() {
    const https = isHttps(readEnv('SITE_URL'));
    return [
      {
        source: '/:path*',
        headers: [
          ...staticSecurityHeaders({ https }),
          { key: 'Content-Security-Policy', value: contentSecurityPolicy([], { https }) },
        ],
      },
    ];
  },
  // A path whose percent-encoding does not decode gets the 404 page, not Next's 500 (lib/security/malformed-url.js).
  async rewrites() {
    return {
      beforeFiles: [{ source: `/:malformed(${MALFORMED_PATH_PATTERN})`, destination: MALFORMED_PATH_DESTINATION }],
      afterFiles: [],
      fallback: [],
    };
  },
  experimental: {
    // Prerender with one worker per core. Next's default (cores - 1) leaves half of a 2-core
    // machine idle while pages are generated; the main process only waits then (decision 016).
    cpus: availableParallelism(),
  },
};

// `npm run build:static` (DATELINE_STATIC_EXPORT=1) writes the whole site to out/ for any static
// host (docs/decisions/018). `npm run build` and `npm start` never see these settings.
if (readEnv('DATELINE_STATIC_EXPORT')) {
  nextConfig.output = 'export';
  nextConfig.images = {
    ...nextConfig.images,
    // No image optimizer without a server: the loader points at variants that
    // scripts/pipeline/static-export/images.ts draws after the build, one per width below.
    loader: 'custom',
    loaderFile: './lib/static-export/image-loader.ts',
    // Enough steps for 360–430 px phones at 2–3x and a 720–760 px column at 1–2x; each width
    // is one more picture to draw per story (decision 018).
    deviceSizes: [360, 640, 828, 1080, 1600],
    imageSizes: [96, 192, 256],
  };
}
/**
 * The newsroom editor (app/keystatic, app/api/keystatic) is in files named `*.keystatic.tsx` /
 * `*.keystatic.ts`, which Next only treats as routes when they are listed here: in `next dev`, or
 * in a build an operator opts into with DATELINE_EDITOR=1. A reader's build and the static export
 * never contain the admin, so /keystatic is a plain 404 there (docs/decisions/031-keystatic-editor.md).
 * @param {string} phase
 */
export const editorEnabled = (phase) =>
  !readEnv('DATELINE_STATIC_EXPORT') && (phase === PHASE_DEVELOPMENT_SERVER || readEnv('DATELINE_EDITOR'));

/** @param {string} phase */
export default function config(phase) {
  // A copy, never a change to nextConfig: Next calls this more than once and freezes what it gets
  // (`DATELINE_EDITOR=1 npm run build` failed with "Cannot assign to read only property").
  const base = editorEnabled(phase)
    ? { ...nextConfig, pageExtensions: ['keystatic.tsx', 'keystatic.ts', 'tsx', 'ts', 'jsx', 'js'] }
    : nextConfig;
  // The desk's editor build (`npm run desk:build`, served by `npm run desk`): its own folder, so
  // it never replaces the readers' .next, and no headers of its own — the desk's gate sets them.
  if (readEnv('DATELINE_DESK')) {
    const { headers: _deskSetsHeaders, ...withoutHeaders } = base;
    // The editor alone, under app/layout.desk.tsx: none of the reader's routes, pages or proxy
    // (the desk's gate answers every request first, and the desk never serves a reader's page).
    withoutHeaders.pageExtensions = ['desk.tsx', 'keystatic.tsx', 'keystatic.ts'];
    // Its own tsconfig too: Next adds its distDir's route types to the tsconfig it checks with, and
    // the readers' tsconfig.json must not list .next-desk's (two builds' route types would clash).
    // No second type check: `npm run typecheck` (CI's lint step) checks these same files, and on a
    // publishing host it would double the build's time for nothing.
    return {
      ...withoutHeaders,
      distDir: '.next-desk',
      typescript: { tsconfigPath: 'tsconfig.desk.json', ignoreBuildErrors: true },
    };
  }
  // `next dev` runs inline scripts and eval-based refresh of its own, which no hash can cover;
  // a static export has no server to send headers (it gets _headers and an nginx map instead).
  const exporting = readEnv('DATELINE_STATIC_EXPORT');
  if (phase === PHASE_PRODUCTION_SERVER && isSet('REDIS_URL')) return withSharedCache(base);
  if (phase !== PHASE_DEVELOPMENT_SERVER && !exporting) return base;
  const { headers: _serverOnly, rewrites: _alsoServerOnly, ...withoutServerRules } = base;
  return exporting ? withoutServerRules : { ...withoutServerRules, rewrites: base.rewrites };
}

/**
 * Several `npm start` instances share one page cache in Redis when REDIS_URL is set as they start
 * (server/cache-handler.mjs, docs/decisions/025-shared-cache-in-redis.md). Only the server reads it:
 * the build writes its prerendered pages to .next as always, and each server loads them into Redis.
 * @param {import('next').NextConfig} config
 * @returns {import('next').NextConfig}
 */
function withSharedCache(config) {
  return {
    ...config,
    cacheHandler: fileURLToPath(new URL('./server/cache-handler.mjs', import.meta.url)),
    // No per-instance copy in front of Redis: it would keep serving a page another instance revalidated.
    cacheMaxMemorySize: 0,
  };
}
