/**
 * `npm run new -- --section uk --title "Harbour crane collapses"` creates
 * content/articles/<yyyy>/<slug>.mdx with every frontmatter field, dated now in the site's time
 * zone, as a draft. Run without flags in a terminal, it asks for each value instead.
 * Options: --dek, --authors a,b (staff) or --byline/--source (agency copy), --tags "A, B",
 * --slug, --publish (start as published instead of a draft).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';

import { createArticle, type NewArticle } from '../../lib/newsroom/new-article';
import { buildNow } from '../../lib/now';
import { contentDir as contentFolder } from '../../lib/paths';
import { site } from '../../lib/site';

const root = process.cwd();
const contentDir = contentFolder();
const slugsIn = (folder: string, extension: string) =>
  existsSync(path.join(contentDir, folder))
    ? readdirSync(path.join(contentDir, folder))
        .filter((name) => name.endsWith(extension))
        .map((name) => path.basename(name, extension))
        .sort()
    : [];
const sections = slugsIn('sections', '.yaml');
const authors = slugsIn('authors', '.mdx');
const splitList = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

/** Problems with the values, worded as fixes. */
function problemsOf(article: NewArticle): string[] {
  const problems: string[] = [];
  if (!article.title.trim())
    problems.push('--title is missing — give the headline, e.g. --title "Harbour crane collapses"');
  if (!sections.includes(article.section))
    problems.push(`--section "${article.section}" is not a section — use one of: ${sections.join(', ')}`);
  for (const author of article.authors ?? []) {
    if (!authors.includes(author))
      problems.push(`--authors: "${author}" is not an author — use one of: ${authors.join(', ')}`);
  }
  if (article.authors?.length && article.byline)
    problems.push('give --authors for staff or --byline for agency copy, not both');
  return problems;
}

async function interactive(): Promise<NewArticle> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  // Read through the line iterator, which buffers: answers typed ahead or pasted are not lost.
  const lines = prompt[Symbol.asyncIterator]();
  const ask = async (question: string, check?: (answer: string) => string | undefined): Promise<string> => {
    for (;;) {
      process.stdout.write(question);
      const next = await lines.next();
      if (next.done) fail('cancelled; no file was written');
      const answer = next.value.trim();
      const problem = check?.(answer);
      if (!problem) return answer;
      console.log(`  ${problem}`);
    }
  };
  try {
    const section = await ask(`Section (${sections.join(', ')}): `, (answer) =>
      sections.includes(answer) ? undefined : `choose one of: ${sections.join(', ')}`,
    );
    const title = await ask('Headline: ', (answer) => (answer ? undefined : 'the headline cannot be empty'));
    const dek = await ask('Standfirst (one sentence, Enter to fill in later): ');
    const staff = splitList(
      await ask(`Authors (comma-separated slugs, Enter for agency copy): `, (answer) => {
        const unknown = splitList(answer).filter((slug) => !authors.includes(slug));
        return unknown.length ? `unknown: ${unknown.join(', ')} — choose from ${authors.join(', ')}` : undefined;
      }),
    );
    const byline = staff.length ? '' : await ask('Byline (e.g. "Meridian Press staff"): ');
    const source = staff.length ? '' : await ask('Source agency (Enter for none): ');
    const tags = splitList(await ask('Tags (comma-separated, Enter for none): '));
    return {
      section,
      title,
      ...(dek ? { dek } : {}),
      ...(staff.length ? { authors: staff } : {}),
      ...(byline ? { byline } : {}),
      ...(source ? { source } : {}),
      tags,
    };
  } finally {
    prompt.close();
  }
}

const { values } = parseArgs({
  options: {
    section: { type: 'string' },
    title: { type: 'string' },
    dek: { type: 'string' },
    authors: { type: 'string' },
    byline: { type: 'string' },
    source: { type: 'string' },
    tags: { type: 'string' },
    slug: { type: 'string' },
    publish: { type: 'boolean', default: false },
  },
  strict: true,
});

const noFlags = values.section === undefined && values.title === undefined;
let article: NewArticle;
if (noFlags && process.stdin.isTTY) {
  article = await interactive();
} else if (noFlags) {
  fail(
    'give --section and --title, e.g. npm run new -- --section uk --title "Harbour crane collapses" (or run it in a terminal to be asked)',
  );
} else {
  article = {
    section: values.section ?? '',
    title: values.title ?? '',
    ...(values.dek ? { dek: values.dek } : {}),
    ...(values.authors ? { authors: splitList(values.authors) } : {}),
    ...(values.byline ? { byline: values.byline } : {}),
    ...(values.source ? { source: values.source } : {}),
    tags: splitList(values.tags),
    ...(values.slug ? { slug: values.slug } : {}),
  };
}
article.draft = !values.publish;

const problems = problemsOf(article);
if (problems.length > 0) fail(problems.join('\n  '));
try {
  const { file } = createArticle(contentDir, article, buildNow(), site.timeZone);
  const relative = path.relative(root, file);
  console.log(`Created ${relative}${article.draft ? ' as a draft' : ''}.`);
  console.log(`Write the story, check it with npm run check:content and preview it with npm run dev.`);
  if (article.draft) console.log('When it is ready, delete the line "draft: true" to publish it with the next build.');
} catch (error) {
  fail((error as Error).message);
}
