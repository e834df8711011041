/** Types of inline-scripts.js (plain JavaScript so that the production server can import it). */
export declare function executableInlineScripts(html: string): string[];
export declare function scriptHashSource(text: string, encoding?: 'utf8' | 'latin1'): string;
export declare function inlineScriptHashes(html: string): string[];
export declare function isSiteScript(text: string): boolean;
export declare function inlineScriptHashesOfBytes(bytes: Buffer, options?: { anyScript?: boolean }): string[];
