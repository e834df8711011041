/** How the desk API answers: JSON bodies, one shape for every refusal (`{ "error": "…" }`). */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

export const refuse = (status: number, error: string, headers: Record<string, string> = {}) =>
  json(status, { error }, headers);

export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body up to `limit` bytes; a longer one is refused with 413 as soon as the
 * declared length, or the bytes read so far, pass the limit (the rest is never buffered).
 */
export async function readLimited(request: Request, limit: number, what: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new Refusal(413, `the ${what} is larger than ${Math.round(limit / 1024)} KiB, the most the desk takes`);
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
