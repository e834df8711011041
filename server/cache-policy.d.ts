/** Types of cache-policy.js (plain JavaScript: the production server runs with node alone). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const SHARED_FRESH_SECONDS: number;
export declare const SHARED_STALE_SECONDS: number;
export declare const STALE_IF_ERROR_SECONDS: number;
export declare const SHARED_CACHE_CONTROL: string;
export declare function sharedCacheControl<T>(
  value: T,
  response?: { status?: number; hasCookies?: boolean },
): T | string;
export declare function withSharedCachePolicy(req: IncomingMessage, res: ServerResponse): void;
