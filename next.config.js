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

export default nextConfig;
