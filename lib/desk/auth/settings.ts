/**
 * The desk's settings from the environment, checked once at start (docs/deploy.md, "The desk"):
 * where it answers (DESK_URL), the secret that signs its session cookies (DESK_SECRET) and the
 * workspace Keystatic writes to (DESK_WORKSPACE), how long a preview link works (DESK_PREVIEW_HOURS,
 * lib/desk/preview/). Bad values stop the desk with a message that
 * names the variable and the fix.
 */
import path from 'node:path';

import { trustedProxies } from './client-address';

export interface DeskSettings {
  /** The desk's own origin, e.g. http://127.0.0.1:3001; the only origin allowed to POST with a cookie. */
  origin: string;
  /** Cookies get the Secure flag (and the __Secure- prefix) when the desk is served over https. */
  https: boolean;
  secret: string;
  /** Absolute path of the workspace: content/ and public/images/ of unpublished saves. */
  workspace: string;
  port: number;
  /** Reverse proxies whose X-Forwarded-For is believed for the sign-in rate limit (DESK_TRUSTED_PROXIES). */
  trustedProxies: string[];
  /** How long a new preview link works, in hours (DESK_PREVIEW_HOURS, default 48). */
  previewHours: number;
}

export const DEFAULT_DESK_URL = 'http://127.0.0.1:3001';
/** Used only outside production, so `npm run desk` works on a laptop with nothing set. */
const DEVELOPMENT_SECRET = 'dateline-desk-development-secret-not-for-production';
const MIN_SECRET_LENGTH = 32;
export const DEFAULT_PREVIEW_HOURS = 48;
/** A year: a preview link is for the days before a story goes out, not a second publication. */
const MAX_PREVIEW_HOURS = 24 * 366;

type Env = Readonly<Record<string, string | undefined>>;

export function deskSettings(env: Env = process.env, root = process.cwd()): DeskSettings {
  const rawUrl = env.DESK_URL?.trim() || DEFAULT_DESK_URL;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Error(`DESK_URL: "${rawUrl}" is not an address — write it like https://desk.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`DESK_URL: "${rawUrl}" must start with https:// (or http:// on this machine)`);
  // A desk reachable from other machines (https, or a host other than this one's loopback) is a
  // production desk whatever NODE_ENV says: it must have a secret of its own.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  const production = env.NODE_ENV === 'production' || url.protocol === 'https:' || !loopback;
  const secret = env.DESK_SECRET ?? env.BETTER_AUTH_SECRET;
  if (!secret && production)
    throw new Error(
      `DESK_SECRET is not set: a desk at ${url.origin} signs its session cookies with it. Set it to a long random string, e.g. DESK_SECRET=$(openssl rand -base64 48)`,
    );
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH)
    throw new Error(
      `DESK_SECRET is ${secret.length} characters long: use at least ${MIN_SECRET_LENGTH} random characters`,
    );
  const rawPort = env.DESK_PORT?.trim() || url.port || '3001';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`DESK_PORT: "${rawPort}" is not a port number — use a whole number such as 3001`);
  const rawHours = env.DESK_PREVIEW_HOURS?.trim() || String(DEFAULT_PREVIEW_HOURS);
  const previewHours = Number(rawHours);
  if (!/^\d+(?:\.\d+)?$/.test(rawHours) || !(previewHours > 0) || previewHours > MAX_PREVIEW_HOURS)
    throw new Error(
      `DESK_PREVIEW_HOURS: "${rawHours}" is not a number of hours — use a positive number up to ${MAX_PREVIEW_HOURS}, e.g. 48`,
    );
  return {
    origin: url.origin,
    https: url.protocol === 'https:',
    secret: secret ?? DEVELOPMENT_SECRET,
    workspace: path.resolve(root, env.DESK_WORKSPACE?.trim() || path.join('.dateline', 'desk', 'workspace')),
    port,
    trustedProxies: trustedProxies(env.DESK_TRUSTED_PROXIES),
    previewHours,
  };
}
