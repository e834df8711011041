/** Types of policy.js (plain JavaScript so that next.config.js can import it). */
export declare const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>>;
export declare function contentSecurityPolicy(
  scriptHashes: readonly string[],
  options?: { https?: boolean; frameOrigins?: readonly string[]; inlineStyles?: boolean },
): string;
export declare function staticSecurityHeaders(options?: { https?: boolean }): { key: string; value: string }[];
export declare function isHttps(siteUrl: string | undefined): boolean;
