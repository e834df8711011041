/**
 * `npm run bench:import-wordpress [-- --posts 10000]`: how long `npm run import:wordpress` takes
 * for a newsroom-sized export. Generates an export of N posts (default 10,000; classic and block
 * editor bodies with captions, embeds, lists, quotes and links between posts) in a temporary
 * folder, imports it into a temporary content folder, and prints the time, posts per second and
 * the machine's load average. Target (issue 25): under 2 minutes for 10,000 posts.
 */
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { importWordPress } from '../import/wordpress/import';

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' } } });
const posts = Number(values.posts);
if (!Number.isInteger(posts) || posts < 1) throw new Error(`--posts ${values.posts}: give a whole number of posts`);

const dir = mkdtempSync(path.join(tmpdir(), 'bench-wp-import-'));
const exportFile = path.join(dir, 'export.xml');
const site = 'https://bench-gazette.example';
const categories = ['local-news', 'business', 'sport', 'culture', 'uncategorized'];

function body(index: number): string {
  const earlier = Math.max(1, index - 7);
  const classic = `The council met on Tuesday to discuss item ${index} of the agenda, which drew a large crowd.
Residents asked about parking, bins and the new bus timetable.

[caption id="attachment_${index}" align="alignnone" width="300"]<img class="wp-image-${index}" src="${site}/wp-content/uploads/2020/01/picture-${index}-300x200.jpg" alt="" /> The chamber on Tuesday[/caption]

<h2>What was decided</h2>
<ul><li>A new crossing on the high street.</li><li>Longer library hours.</li><li>A review of parking fees.</li></ul>

<blockquote>We listened to every resident who wrote to us.</blockquote>

https://www.youtube.com/watch?v=aqz-KE-bpKQ

The decision follows <a href="${site}/?p=${earlier}">an earlier vote</a> on the budget.

ALSO READ: <a href="${site}/?p=${earlier}">Earlier story</a>`;
  const blocks = `<!-- wp:paragraph -->
<p>Traders on the quay reported a busy weekend, story ${index}.</p>
<!-- /wp:paragraph -->

<!-- wp:table -->
<figure class="wp-block-table"><table><tbody><tr><td>Saturday</td><td>1,200</td></tr><tr><td>Sunday</td><td>900</td></tr></tbody></table></figure>
<!-- /wp:table -->

<!-- wp:pullquote -->
<figure class="wp-block-pullquote"><blockquote><p>Best weekend in years.</p><cite>A stallholder</cite></blockquote></figure>
<!-- /wp:pullquote -->`;
  return index % 2 === 0 ? classic : blocks;
}

function item(index: number): string {
  const day = new Date(Date.UTC(2010, 0, 1) + index * 8 * 3_600_000);
  const gmt = day.toISOString().slice(0, 19).replace('T', ' ');
  const slug = `bench-story-${index}`;
  const category = categories[index % categories.length] ?? 'uncategorized';
  return `<item>
<title><![CDATA[Bench story ${index}: council agrees new crossing]]></title>
<link>${site}/${gmt.slice(0, 4)}/${gmt.slice(5, 7)}/${gmt.slice(8, 10)}/${slug}/</link>
<dc:creator><![CDATA[reporter${index % 20}]]></dc:creator>
<content:encoded><![CDATA[${body(index)}]]></content:encoded>
<excerpt:encoded><![CDATA[The council agreed a new crossing on the high street, story ${index}.]]></excerpt:encoded>
<wp:post_id>${index}</wp:post_id>
<wp:post_date><![CDATA[${gmt}]]></wp:post_date>
<wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
<wp:post_name><![CDATA[${slug}]]></wp:post_name>
<wp:status><![CDATA[${index % 50 === 0 ? 'draft' : 'publish'}]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<wp:is_sticky>0</wp:is_sticky>
<category domain="category" nicename="${category}"><![CDATA[${category}]]></category>
<category domain="post_tag" nicename="council"><![CDATA[Council]]></category>
</item>
`;
}

async function writeExport(): Promise<void> {
  const out = createWriteStream(exportFile);
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench Gazette</title><link>${site}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>${site}</wp:base_blog_url>
`);
  for (let author = 0; author < 20; author++)
    await write(
      `<wp:author><wp:author_login><![CDATA[reporter${author}]]></wp:author_login><wp:author_display_name><![CDATA[Reporter Number ${author}]]></wp:author_display_name></wp:author>\n`,
    );
  for (let index = 1; index <= posts; index++) await write(item(index));
  await write('</channel>\n</rss>\n');
  await new Promise<void>((resolve) => out.end(resolve));
}

try {
  await writeExport();
  const contentDir = path.join(dir, 'content');
  mkdirSync(contentDir);
  cpSync(path.join(process.cwd(), 'content/sections'), path.join(contentDir, 'sections'), { recursive: true });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const report = await importWordPress({ exportFile, contentDir, publicDir: path.join(dir, 'public') });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // On a busy machine the wall time includes waiting for a core; the CPU time is the importer's own work.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const written = report.articles.created + report.articles.updated + report.articles.unchanged;
  console.log(
    `Imported ${written} of ${posts} posts in ${seconds.toFixed(1)} s (${Math.round(written / seconds)} posts/s; ${cpuSeconds.toFixed(1)} s of CPU; target < 120 s for 10,000); ` +
      `${report.notes.length} report notes, ${report.redirects} old addresses. Load average: ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
