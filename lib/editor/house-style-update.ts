/**
 * Keystatic's local-mode save is one POST to /api/keystatic/update carrying every file to
 * write (path and base64url bytes). This rewrites the content files in it into the house
 * format (./house-style.ts) before Keystatic writes them; everything else passes unchanged.
 */
import { houseStyle } from './house-style';

interface Update {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

const isUpdate = (value: unknown): value is Update =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Update).additions) &&
  Array.isArray((value as Update).deletions);

export async function houseStyleUpdate(request: Request): Promise<Request> {
  if (!new URL(request.url).pathname.endsWith('/update')) return request;
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => undefined);
  if (!isUpdate(body)) return request;
  const additions = body.additions.map((addition) => {
    if (!/^content\/.+\.(mdx|yaml)$/.test(addition.path)) return addition;
    const text = Buffer.from(addition.contents, 'base64url').toString('utf8');
    return { ...addition, contents: Buffer.from(houseStyle(addition.path, text), 'utf8').toString('base64url') };
  });
  return new Request(request.url, {
    method: 'POST',
    headers: request.headers,
    body: JSON.stringify({ ...body, additions }),
  });
}
