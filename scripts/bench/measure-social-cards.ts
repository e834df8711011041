/**
 * How long one social card takes to draw (satori + resvg through next/og), for deciding how
 * many to prerender at archive scale. Draws every story's card once, after one warm-up.
 * Usage: npm run measure:cards
 */
import { articleParams, getArticle } from '../../lib/content';
import { socialCard } from '../../lib/seo/og-card';

async function main() {
  const found = await Promise.all((await articleParams()).map(({ section, slug }) => getArticle(section, slug)));
  const stories = found.flatMap((story) => story ?? []);
  const first = stories[0];
  if (!first) throw new Error('No published stories to draw.');
  await (await socialCard({ title: first.title, label: first.sectionTitle, image: first.image })).arrayBuffer(); // fonts, wasm
  const times: number[] = [];
  const withPicture: number[] = [];
  let bytes = 0;
  for (const story of stories) {
    const started = performance.now();
    const png = await (
      await socialCard({ title: story.title, label: story.sectionTitle, image: story.image })
    ).arrayBuffer();
    const took = performance.now() - started;
    (story.image ? withPicture : times).push(took);
    bytes += png.byteLength;
  }
  const mean = (list: number[]) =>
    list.length ? (list.reduce((sum, time) => sum + time, 0) / list.length).toFixed(0) : '–';
  const all = [...times, ...withPicture].sort((a, b) => a - b);
  console.log(
    `${all.length} cards: mean ${mean(all)} ms (with a hero picture ${mean(withPicture)} ms over ${withPicture.length}, ` +
      `without ${mean(times)} ms over ${times.length}), median ${(all[Math.floor(all.length / 2)] as number).toFixed(0)} ms, ` +
      `slowest ${(all.at(-1) as number).toFixed(0)} ms, ${Math.round(bytes / all.length / 1024)} KB each`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
