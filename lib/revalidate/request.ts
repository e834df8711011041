/**
 * The body `npm run publish` sends to the server's revalidation endpoint, and its checks: a
 * bounded list of site paths and route files, and the store version the publish wrote. Request
 * time: the endpoint (app/api/revalidate/route.ts) runs it; lib/publish imports it to build the body.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The pages to render again (lib/publish/affected-pages.ts decides which). */
export interface Revalidation {
  /** Literal paths (revalidatePath(path)). */
  paths: string[];
  /** Route files whose every page is revalidated (revalidatePath(route, type)). */
  routes: { route: string; type: 'page' | 'layout' }[];
}

export interface RevalidateRequest extends Revalidation {
  /** The content store version the publish wrote; the server must be reading it before it revalidates. */
  version: string;
}

const MAX_PATHS = 20_000;
const isSitePath = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && value.length <= 1024;

/** The request, or what is wrong with it. */
export function parseRevalidateRequest(body: unknown): RevalidateRequest | { error: string } {
  if (typeof body !== 'object' || body === null) return { error: 'the body must be a JSON object' };
  const { paths, routes, version } = body as Record<string, unknown>;
  if (typeof version !== 'string' || version === '') return { error: 'version: the store version is missing' };
  if (!Array.isArray(paths) || paths.length > MAX_PATHS || !paths.every(isSitePath)) {
    return { error: `paths: a list of at most ${MAX_PATHS} site paths, each starting with /` };
  }
  if (
    !Array.isArray(routes) ||
    routes.length > 100 ||
    !routes.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        isSitePath((entry as { route?: unknown }).route) &&
        ['page', 'layout'].includes((entry as { type?: unknown }).type as string),
    )
  ) {
    return { error: 'routes: a list of { route, type: "page" | "layout" }' };
  }
  return { paths, routes: routes as Revalidation['routes'], version };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether the bearer token is the secret, compared in constant time (digests of equal length). */
export function isPublishSecret(authorization: string | null, secret: string | undefined): boolean {
  if (!secret || !authorization?.startsWith('Bearer ')) return false;
  return timingSafeEqual(digest(authorization.slice('Bearer '.length)), digest(secret));
}
