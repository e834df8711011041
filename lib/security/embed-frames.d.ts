/** Types of embed-frames.js (plain JavaScript so that the production server can import it). */
export declare function embedFrameOrigins(html: string): string[];
