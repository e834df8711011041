/** Types of malformed-url.js (plain JavaScript so that next.config.js can import it). */
export declare const MALFORMED_PATH_PATTERN: string;
export declare const MALFORMED_PATH_DESTINATION: string;
