/** Types of old-addresses.js (plain JavaScript so that the production server can import it). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function redirectTableFile(contentDir?: string): string;
export function readRedirects(file: string): Map<string, string>;
export function newAddressOf(requestUrl: string, table: Map<string, string>): string | undefined;
export function redirectOldAddress(req: IncomingMessage, res: ServerResponse): boolean;
