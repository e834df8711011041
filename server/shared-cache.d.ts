/** Types of shared-cache.js (plain JavaScript: the production server runs with node alone). */
export interface Handler {
  name: string;
  get: (key: string, meta: { implicitTags: string[] }) => Promise<unknown>;
  set: (key: string, value: unknown, ctx?: unknown) => Promise<void>;
  revalidateTag: (tag: string) => Promise<void>;
  delete?: (key: string) => Promise<void>;
}
export declare const KEY_NAMESPACE: string;
export declare function redisKeyPrefix(buildId: string | undefined): string;
export declare function expireAgeSeconds(staleAgeSeconds: number): number;
export declare function withRouteHandlerTags(handler: Handler): Handler;
export declare function outageMemory(
  redisIsReady: () => boolean,
  makeMemory: () => Handler,
): { handler: Handler; forget: () => void };
export declare const gzipJsonSerializer: {
  serialize: (value: unknown) => Promise<string>;
  deserialize: (stored: string | Buffer) => Promise<unknown>;
};
export declare function revalidatePathsByTime(handler: Handler, recordTime: (tag: string) => Promise<void>): Handler;
export declare function withDeadline(
  handler: Handler,
  options: { limitMs: number; pauseMs: number; onSlow?: () => void; now?: () => number },
): { handler: Handler; isSlow: () => boolean };
export declare function evictionPolicyWarning(policy: string | undefined): string | undefined;
