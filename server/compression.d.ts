/**
 * The one call server/request-listener.js makes to `compression` (which ships no types):
 * @types/compression would be one more package for one line.
 */
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default function compression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
