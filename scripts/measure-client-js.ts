/**
 * `npm run measure:js -- [baseUrl] [path…]`: what a reader's browser downloads to run a page.
 * For each path: the gzip size of the external scripts the HTML loads, of the inline scripts
 * (React Server Components payload), and of the HTML itself. Start the server first
 * (`npm start`). Sizes are deterministic for a given build, so the numbers can be compared
 * between builds and against a bare Next.js page.
 */
import { gzipSync } from 'node:zlib';

const [baseUrl = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['/', '/world/moon-seeks-us-backing-korean-war-end'];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

console.log('page'.padEnd(60), 'external JS gz KB', 'inline JS gz KB', 'HTML gz KB', 'scripts');
for (const path of targets) {
  const html = await fetchText(new URL(path, baseUrl).href);
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] as string))];
  let external = 0;
  for (const src of sources) external += gzip(await fetchText(new URL(src, baseUrl).href));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] as string).join('');
  console.log(path.padEnd(60), kb(external).padStart(17), kb(gzip(inline)).padStart(15), kb(gzip(html)).padStart(10), String(sources.length).padStart(7));
}
