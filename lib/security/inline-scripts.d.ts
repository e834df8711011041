/** Types of inline-scripts.js (plain JavaScript so that the production server can import it). */
export declare function executableInlineScripts(html: string): string[];
export declare function scriptHashSource(text: string): string;
export declare function inlineScriptHashes(html: string): string[];
