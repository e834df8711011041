/** Types of reader-runtime.js (plain JavaScript: the production server runs with node alone). */
export declare function loadClientModules(distDir: string): Map<string, Set<string>>;
export declare function addManifest(modules: Map<string, Set<string>>, source: string): void;
export declare function clientReferenceIds(html: string): string[] | undefined;
export declare function needsRuntime(html: string, modules: Map<string, Set<string>>): boolean;
export declare function withoutRuntime(html: string): string;
export declare function forReaders(html: string, modules: Map<string, Set<string>>): string;
