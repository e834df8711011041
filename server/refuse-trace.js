// @ts-check
/**
 * Answers TRACE with 405 before Next.js sees it.
 *
 * Why: TRACE echoes a request back (the old cross-site-tracing trick), no reader or crawler needs
 * it, and servers are usually told to refuse it (Apache's TraceEnable off). Next 16.4.6 answers it
 * with 405 on pages but with 500 on files under public/ and /_next/static, because it refuses to
 * build a Request for TRACE before any app code (proxy.ts included) can run. Static hosts serving
 * the export refuse TRACE themselves.
 */

const BODY = 'Method Not Allowed\n';

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean} whether the request was answered
 */
export function refuseTrace(req, res) {
  if (req.method !== 'TRACE') return false;
  res.writeHead(405, {
    Allow: 'GET, HEAD, POST',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(BODY),
  });
  res.end(BODY);
  return true;
}
