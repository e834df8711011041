/** Types of request-listener.js (plain JavaScript: the production server runs with node alone). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
export declare function requestListener(
  handle: Handler,
  options: { https?: boolean; transform?: (html: Buffer) => Buffer },
): Handler;
