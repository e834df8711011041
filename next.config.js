// @ts-check
import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    // Images are local files under public/; no remote loader is ever allowed.
    remotePatterns: [],
    formats: ['image/avif', 'image/webp'],
  },
  experimental: {
    // Prerender with one worker per core. Next's default (cores - 1) leaves half of a 2-core
    // machine idle while pages are generated; the main process only waits then (decision 014).
    cpus: availableParallelism(),
  },
};

export default nextConfig;
