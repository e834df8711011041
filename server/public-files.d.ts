/** Types of public-files.js (plain JavaScript: the production server runs with node alone). */
import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse, ...rest: never[]) => unknown;

export declare function listPublicFiles(dir: string): Set<string>;
export declare function newPublicFile(dir: string, atStart: Set<string>, url: string | undefined): string | undefined;
export declare function publicFiles(options: { dir: string; https?: boolean }): {
  inFrontOf<T extends Handler>(handle: T): T;
  intoImageOptimizer(app: unknown): Promise<void>;
};
