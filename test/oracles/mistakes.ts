/**
 * The catalogue of editor mistakes: each entry starts from a small valid publication, changes
 * one thing an editor might get wrong, and gives the message the content check must print
 * (the start of the line, from the file name on). lib/validation/validate-content.test.ts
 * asserts every message; scripts/editor/editor-docs.ts prints the catalogue as docs/mistakes.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { formatProblem } from '../../lib/source/problem';
import { validateContent } from '../../lib/validation/validate-content';

export const article = (fields: string, body = 'The council met on Monday and agreed the plan.') =>
  `---\n${fields}\n---\n\n${body}\n`;

export const FIRST = `title: "Council agrees harbour plan"
dek: "The plan sets out new berths."
date: 2026-11-03T08:15:00+00:00
section: world
authors: [ana-bell]
tags: ["Harbour", "Local government"]
image:
  src: /images/harbour.jpg
  alt: "A crane at dusk"`;

export const SECOND = `title: "Ferry fares rise"
dek: "Fares go up in January."
date: 2026-11-04T09:00:00+00:00
section: uk
byline: "Meridian Press staff"
source: "Meridian Press"`;

export const LIVE = `title: "Storm live: roads and rail"
dek: "Updates as the storm crosses the coast."
section: uk
authors: [ana-bell]
status: ended
coverageStart: 2026-11-05T06:00:00+00:00
coverageEnd: 2026-11-05T22:00:00+00:00`;

export const POST = `time: 2026-11-05T07:30:00+00:00
authors: [ana-bell]
title: "Coast road closed"
keyEvent: true`;

export const LIVE_DIR = 'live/2026/storm-live';

/** A small publication that passes every check. Paths are relative to the content folder. */
export const VALID: Record<string, string | Buffer> = {
  'sections/world.yaml': 'title: World\ndescription: News from abroad.\norder: 1\nnav: true\n',
  'sections/uk.yaml': 'title: UK\ndescription: News from home.\norder: 2\nnav: true\n',
  'authors/ana-bell.mdx': '---\nname: "Ana Bell"\nrole: "Reporter"\n---\n\nAna reports on the harbour.\n',
  'pages/about.mdx': '---\ntitle: "About"\ndescription: "Who we are."\n---\n\nWe report.\n',
  'articles/2026/first-story.mdx': article(FIRST, 'The council met on Monday.\n\n<AlsoRead slug="second-story" />'),
  'articles/2026/second-story.mdx': article(SECOND),
  [`${LIVE_DIR}/index.mdx`]: article(LIVE, ''),
  [`${LIVE_DIR}/coast-road.mdx`]: article(POST, 'The coast road is shut.\n\n<AlsoRead slug="first-story" />'),
  [`${LIVE_DIR}/first-warning.mdx`]: article(
    'time: 2026-11-05T06:05:00+00:00\nauthors: [ana-bell]\npinned: true',
    'A red warning is in force.',
  ),
};

/** The clock the catalogue is checked at: after every fixture's date, before the embargoed one. */
export const CATALOGUE_NOW = new Date('2026-11-28T12:00:00Z');

/** Writes VALID plus `changes` (null deletes a file) to a fresh folder, validates it, and cleans up. */
export async function validate(changes: Record<string, string | Buffer | null> = {}): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'dateline-validate-'));
  try {
    for (const [relative, contents] of Object.entries({ ...VALID, ...changes })) {
      if (contents === null) continue;
      const target = path.join(root, 'content', relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, contents);
    }
    mkdirSync(path.join(root, 'public/images'), { recursive: true });
    writeFileSync(path.join(root, 'public/images/harbour.jpg'), 'not checked for content here');
    const result = await validateContent({
      contentDir: path.join(root, 'content'),
      publicDir: path.join(root, 'public'),
      rootDir: root,
      now: CATALOGUE_NOW,
    });
    return result.problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const FIRST_FILE = 'content/articles/2026/first-story.mdx';
export const withFirst = (fields: string, body?: string) => ({
  'articles/2026/first-story.mdx': article(fields, body),
});

export const POST_FILE = `content/${LIVE_DIR}/coast-road.mdx`;
export const withPost = (fields: string, body = 'The coast road is shut.') => ({
  [`${LIVE_DIR}/coast-road.mdx`]: article(fields, body),
});
export const withLive = (fields: string) => ({ [`${LIVE_DIR}/index.mdx`]: article(fields, '') });

export interface Mistake {
  /** What the editor did, in their words. */
  mistake: string;
  /** Files written over the valid publication (paths inside content/; null deletes). */
  changes: Record<string, string | Buffer | null>;
  /** The start of the line the check prints. */
  expected: string;
}

export const MISTAKES: Mistake[] = [
  {
    mistake: 'unknown section',
    changes: withFirst(FIRST.replace('section: world', 'section: wrold')),
    expected: `${FIRST_FILE}:5: section: "wrold" is not a section — use one of: uk, world — or add content/sections/wrold.yaml`,
  },
  {
    mistake: 'unknown author',
    changes: withFirst(FIRST.replace('[ana-bell]', '[ana-bell, bob-smith]')),
    expected: `${FIRST_FILE}:6: authors[2]: "bob-smith" is not an author — use one of: ana-bell — or add content/authors/bob-smith.mdx`,
  },
  {
    mistake: 'ALSO READ to a slug that does not exist',
    changes: withFirst(FIRST, 'Text.\n\n<AlsoRead slug="no-such-story" />'),
    expected: `${FIRST_FILE}:15: body: <AlsoRead slug="no-such-story" /> points to a story that does not exist — use the file name (without .mdx) of an existing article`,
  },
  {
    mistake: 'ALSO READ to the story itself',
    changes: withFirst(FIRST, 'Text.\n\n<AlsoRead slug="first-story" />'),
    expected: `${FIRST_FILE}:15: body: <AlsoRead> points to this story itself`,
  },
  {
    mistake: 'ALSO READ to a draft',
    changes: { 'articles/2026/second-story.mdx': article(`${SECOND}\ndraft: true`) },
    expected: `${FIRST_FILE}:15: body: <AlsoRead slug="second-story" /> points to a draft, which readers cannot open`,
  },
  {
    mistake: 'image file missing',
    changes: withFirst(FIRST.replace('/images/harbour.jpg', '/images/harbor.jpg')),
    expected: `${FIRST_FILE}:8: image.src: image file "/images/harbor.jpg" does not exist — add the file at public/images/harbor.jpg or correct the path`,
  },
  {
    mistake: 'image without alt text',
    changes: withFirst(FIRST.replace('  alt: "A crane at dusk"', '  caption: "Dusk"')),
    expected: `${FIRST_FILE}:8: image.alt: is required but missing — add "alt:" — What the picture shows, for readers who cannot see it.`,
  },
  {
    mistake: 'image with empty alt text',
    changes: withFirst(FIRST.replace('"A crane at dusk"', '""')),
    expected: `${FIRST_FILE}:8: image.alt: is empty`,
  },
  {
    mistake: 'remote image',
    changes: withFirst(FIRST.replace('/images/harbour.jpg', 'https://example.com/a.jpg')),
    expected: `${FIRST_FILE}:8: image.src: "https://example.com/a.jpg" is a remote image — save the picture under public/images/`,
  },
  {
    mistake: 'duplicate slug',
    changes: { 'articles/2025/first-story.mdx': article(FIRST.replace('2026-11-03', '2025-11-03')) },
    expected: `content/articles/2025/first-story.mdx: file: the slug "first-story" is also used by content/articles/2026/first-story.mdx`,
  },
  {
    mistake: 'date without offset',
    changes: withFirst(FIRST.replace('2026-11-03T08:15:00+00:00', '2026-11-03T08:15:00')),
    expected: `${FIRST_FILE}:4: date: "2026-11-03T08:15:00" has no UTC offset, so its moment is ambiguous — add the offset, e.g. 2026-11-03T08:15:00+00:00`,
  },
  {
    mistake: 'date that is not a date',
    changes: withFirst(FIRST.replace('2026-11-03T08:15:00+00:00', 'next Tuesday')),
    expected: `${FIRST_FILE}:4: date: "next Tuesday" is not a date — write it as ISO 8601 with an offset (e.g. 2026-11-03T08:15:00+00:00)`,
  },
  {
    mistake: 'date in another year than its folder',
    changes: withFirst(FIRST.replace('2026-11-03', '2025-11-03')),
    expected: `${FIRST_FILE}:4: date: the date is in 2025 but the file is in the 2026 folder — move the file to articles/2025/ or correct the date`,
  },
  {
    mistake: 'section slug colliding with a route',
    changes: { 'sections/tag.yaml': 'title: Tags\ndescription: x\norder: 3\nnav: false\n' },
    expected:
      'content/sections/tag.yaml: file: the slug "tag" is taken by a route of the site (/tag) — rename the file to another slug',
  },
  {
    mistake: 'page slug colliding with a route',
    changes: { 'pages/search.mdx': '---\ntitle: "Search"\ndescription: "x"\n---\n\nText.\n' },
    expected: 'content/pages/search.mdx: file: the slug "search" is taken by a route of the site (/search)',
  },
  {
    mistake: 'page slug colliding with a section',
    changes: { 'pages/world.mdx': '---\ntitle: "World"\ndescription: "x"\n---\n\nText.\n' },
    expected:
      'content/pages/world.mdx: file: the slug "world" is also used by content/sections/world.yaml; both would live at /world — rename one of the two files',
  },
  {
    mistake: 'body that does not compile',
    changes: withFirst(FIRST, 'Text.\n\n<PullQuote cite="Ana">Never closed.'),
    expected: `${FIRST_FILE}:15: body: is not valid MDX:`,
  },
  {
    mistake: 'unknown MDX component',
    changes: withFirst(FIRST, 'Text.\n\n<Tweet id="1" />'),
    expected: `${FIRST_FILE}:15: body: uses the unknown component <Tweet> — use one of <AlsoRead>, <Figure>, <PullQuote>, <FactBox>`,
  },
  {
    mistake: 'component without a required prop',
    changes: withFirst(FIRST, 'Text.\n\n<Figure src="/images/harbour.jpg" />'),
    expected: `${FIRST_FILE}:15: body: <Figure> needs an alt="…" value`,
  },
  {
    mistake: 'import statement in a body',
    changes: withFirst(FIRST, 'import X from "x"\n\nText.'),
    expected: `${FIRST_FILE}:13: body: import and export statements are not allowed in articles`,
  },
  {
    mistake: 'script tag in a body',
    changes: withFirst(FIRST, 'Text.\n\n<script>alert(1)</script>'),
    expected: `${FIRST_FILE}:15: body: <script> is not allowed in articles`,
  },
  {
    mistake: 'code in curly braces in a body',
    changes: withFirst(FIRST, 'Costs rose {2 + 2} times.'),
    expected: `${FIRST_FILE}:13: body: {2 + 2} is code, which articles may not contain — to print a curly brace write \\{ or \\}`,
  },
  {
    mistake: 'component prop written as code',
    changes: withFirst(FIRST, 'Text.\n\n<AlsoRead slug={"second-story"} />'),
    expected: `${FIRST_FILE}:15: body: <AlsoRead> has a prop written as code — write every prop as name="text" in double quotes`,
  },
  {
    mistake: 'missing required field',
    changes: withFirst(FIRST.replace('dek: "The plan sets out new berths."\n', '')),
    expected: `${FIRST_FILE}:1: dek: is required but missing — add "dek:" — The standfirst: a one-sentence summary under the headline.`,
  },
  {
    mistake: 'misspelt field name',
    changes: withFirst(FIRST.replace('title:', 'titel:')),
    expected: `${FIRST_FILE}:2: titel: is not a known field — did you mean "title"?`,
  },
  {
    mistake: 'wrong type',
    changes: withFirst(`${FIRST}\nfeatured: "yes"`),
    expected: `${FIRST_FILE}:11: featured: must be true or false, not the text "yes" — write true or false without quotes`,
  },
  {
    mistake: 'field with no value',
    changes: withFirst(`${FIRST}\nkicker:`),
    expected: `${FIRST_FILE}:11: kicker: has no value — give it a value or delete the line`,
  },
  {
    mistake: 'bad YAML',
    changes: withFirst(FIRST.replace('title: "Council agrees harbour plan"', 'title: "Council agrees: harbour plan')),
    expected: `${FIRST_FILE}:2: title: is not valid YAML (Missing closing "quote) — check the indentation`,
  },
  {
    mistake: 'field given twice',
    changes: withFirst(`${FIRST}\ntitle: "Again"`),
    expected: `${FIRST_FILE}:11: title: is given twice — keep one of the two lines`,
  },
  {
    mistake: 'field given twice inside a group',
    changes: withFirst(`${FIRST}\n  alt: "Again"`),
    expected: `${FIRST_FILE}:11: image.alt: is given twice — keep one of the two lines`,
  },
  {
    mistake: 'missing frontmatter',
    changes: { 'articles/2026/first-story.mdx': 'Just text.\n' },
    expected: `${FIRST_FILE}:1: frontmatter: the file does not start with a frontmatter block`,
  },
  {
    mistake: 'both authors and byline',
    changes: withFirst(`${FIRST}\nbyline: "Staff"`),
    expected: `${FIRST_FILE}:11: byline: both authors and byline are set`,
  },
  {
    mistake: 'no byline at all',
    changes: withFirst(FIRST.replace('authors: [ana-bell]\n', '')),
    expected: `${FIRST_FILE}:1: authors: the story has no byline — add authors: [author-slug] for staff, or byline: "Agency staff" for agency copy`,
  },
  {
    mistake: 'updated before date',
    changes: withFirst(`${FIRST}\nupdated: 2026-11-02T08:00:00+00:00`),
    expected: `${FIRST_FILE}:11: updated: is earlier than the publication date`,
  },
  {
    mistake: 'empty body',
    changes: withFirst(FIRST, ''),
    expected: `${FIRST_FILE}:12: body: the story has no text — write the story below the closing --- line`,
  },
  {
    mistake: 'Windows line endings',
    changes: { 'articles/2026/first-story.mdx': article(FIRST).replace(/\n/g, '\r\n') },
    expected: `${FIRST_FILE}: file: uses Windows (CRLF) or old Mac (CR) line endings — save it with LF line endings`,
  },
  {
    mistake: 'file that is not UTF-8',
    changes: {
      'articles/2026/first-story.mdx': Buffer.from(article(FIRST.replace('harbour plan', 'caf\u00e9 plan')), 'latin1'),
    },
    expected: `${FIRST_FILE}: file: is not valid UTF-8 text — save the file with UTF-8 encoding`,
  },
  {
    mistake: 'file in a folder the site does not read',
    changes: { 'drafts/idea.mdx': article(FIRST) },
    expected:
      'content/drafts/idea.mdx: file: is in a folder the site does not read — move it: articles go in articles/<yyyy>/<slug>.mdx',
  },
  {
    mistake: 'article outside a year folder',
    changes: { 'articles/loose-story.mdx': article(FIRST) },
    expected:
      'content/articles/loose-story.mdx: file: is not where files of its kind live — move it to articles/<yyyy>/ where yyyy is the year of its date',
  },
  {
    mistake: 'Markdown extension instead of MDX',
    changes: { 'articles/2026/third-story.md': article(SECOND) },
    expected: 'content/articles/2026/third-story.md: file: has the extension ".md" — rename it to third-story.mdx',
  },
  {
    mistake: 'file name that is not a slug',
    changes: { 'articles/2026/Third Story.mdx': article(SECOND) },
    expected: 'content/articles/2026/Third Story.mdx: file: the name "Third Story" is not a valid slug',
  },
  {
    mistake: 'tag listed twice',
    changes: withFirst(FIRST.replace('"Local government"', '"harbour"')),
    expected: `${FIRST_FILE}:7: tags: "harbour" is listed twice — remove the repeat`,
  },
  {
    mistake: 'ALSO READ to a story embargoed until after this one',
    changes: {
      'articles/2026/second-story.mdx': article(
        SECOND.replace('2026-11-04T09:00:00+00:00', '2026-12-24T07:00:00+00:00'),
      ),
    },
    expected: `${FIRST_FILE}:15: body: <AlsoRead slug="second-story" /> points to a story embargoed until 2026-12-24T07:00:00+00:00, after this story is published — schedule this story for the same time or later, or remove the callout until that story is out`,
  },
  {
    mistake: 'corrections position that is neither top nor bottom',
    changes: withFirst(`${FIRST}\ncorrectionsPosition: above`),
    expected: `${FIRST_FILE}:11: correctionsPosition: "above" is not one of the choices — write one of: bottom, top`,
  },
  {
    mistake: 'correction without its text',
    changes: withFirst(`${FIRST}\ncorrections:\n  - date: 2026-11-04T10:00:00+00:00`),
    expected: `${FIRST_FILE}:11: corrections[1].text: is required but missing — add "text:" — What was wrong and what is right now.`,
  },
  {
    mistake: 'correction dated before the story',
    changes: withFirst(
      `${FIRST}\ncorrections:\n  - date: 2026-11-01T10:00:00+00:00\n    text: "The berth count was wrong."`,
    ),
    expected: `${FIRST_FILE}:11: corrections[1].date: is earlier than the publication date — set it to when the correction was made`,
  },
  {
    mistake: 'draft written as text',
    changes: withFirst(`${FIRST}\ndraft: "yes"`),
    expected: `${FIRST_FILE}:11: draft: must be true or false, not the text "yes" — write true or false without quotes`,
  },
  {
    mistake: 'tag with no letters a URL can carry',
    changes: withFirst(FIRST.replace('"Local government"', '"東京"')),
    expected: `${FIRST_FILE}:7: tags: "東京" has no letters or digits that can form its web address (/tag/…) — add a Latin-script form`,
  },
  {
    mistake: 'YouTube video id that is not one',
    changes: withFirst(FIRST, 'Text.\n\n<YouTube id="abc" title="The crane at work" />'),
    expected: `${FIRST_FILE}:15: body: <YouTube> id "abc" is not a YouTube video id (11 letters, digits, - or _, as after "v=" in the video's address) — write it like <YouTube id="aqz-KE-bpKQ" title="What the video shows" />`,
  },
  {
    mistake: "YouTube video's whole address pasted as its id",
    changes: withFirst(
      FIRST,
      'Text.\n\n<YouTube id="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="The crane at work" />',
    ),
    expected: `${FIRST_FILE}:15: body: <YouTube> id "https://www.youtube.com/watch?v=aqz-KE-bpKQ" is a whole address, not a video id — write id="aqz-KE-bpKQ"`,
  },
  {
    mistake: 'Vimeo video id with letters',
    changes: withFirst(FIRST, 'Text.\n\n<Vimeo id="harbour-film" title="The crane at work" />'),
    expected: `${FIRST_FILE}:15: body: <Vimeo> id "harbour-film" is not a Vimeo video id`,
  },
  {
    mistake: 'video embed without a title',
    changes: withFirst(FIRST, 'Text.\n\n<YouTube id="aqz-KE-bpKQ" />'),
    expected: `${FIRST_FILE}:15: body: <YouTube> needs a title="…" value — write it like <YouTube id="aqz-KE-bpKQ" title="What the video shows" />`,
  },
  {
    mistake: 'X post on another site',
    changes: withFirst(
      FIRST,
      'Text.\n\n<XPost url="https://example.com/harbourcouncil/status/1862000000000000000" title="The council\'s post" />',
    ),
    expected: `${FIRST_FILE}:15: body: <XPost> url "https://example.com/harbourcouncil/status/1862000000000000000" is not on x.com or twitter.com — write it like <XPost url="https://x.com/user/status/1234567890123456789"`,
  },
  {
    mistake: 'X post address that is a profile, not a post',
    changes: withFirst(FIRST, 'Text.\n\n<XPost url="https://x.com/harbourcouncil" title="The council\'s post" />'),
    expected: `${FIRST_FILE}:15: body: <XPost> url "https://x.com/harbourcouncil" is not the address of one post (…/<user>/status/<number>)`,
  },
  {
    mistake: 'Bluesky post address without its post key',
    changes: withFirst(
      FIRST,
      'Text.\n\n<BlueskyPost url="https://bsky.app/profile/council.example/post/" title="The council\'s post" />',
    ),
    expected: `${FIRST_FILE}:15: body: <BlueskyPost> url "https://bsky.app/profile/council.example/post/" is not the address of one post`,
  },
  {
    mistake: 'Mastodon post over plain http',
    changes: withFirst(
      FIRST,
      'Text.\n\n<MastodonPost url="http://mastodon.example/@council/113000000000000000" title="The council\'s post" />',
    ),
    expected: `${FIRST_FILE}:15: body: <MastodonPost> url "http://mastodon.example/@council/113000000000000000" must start with https://`,
  },
  {
    mistake: 'Instagram post written without its address',
    changes: withFirst(FIRST, 'Text.\n\n<InstagramPost url="C1a2B3c4D5e" title="The council\'s picture" />'),
    expected: `${FIRST_FILE}:15: body: <InstagramPost> "C1a2B3c4D5e" is not a web address (it must start with https://)`,
  },
  {
    mistake: 'Instagram post on another site',
    changes: withFirst(
      FIRST,
      'Text.\n\n<InstagramPost url="https://www.facebook.com/p/C1a2B3c4D5e/" title="The council\'s picture" />',
    ),
    expected: `${FIRST_FILE}:15: body: <InstagramPost> url "https://www.facebook.com/p/C1a2B3c4D5e/" is not on instagram.com`,
  },
  {
    mistake: 'frame permission written by hand',
    changes: withFirst(FIRST, 'Text.\n\n<div data-embed-origin="https://frames.example">A box.</div>'),
    expected: `${FIRST_FILE}:15: body: <div> has a data-embed-origin attribute, which only the embed components may write — remove the attribute`,
  },
  {
    mistake: 'iframe pasted from a provider',
    changes: withFirst(FIRST, 'Text.\n\n<iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ"></iframe>'),
    expected: `${FIRST_FILE}:15: body: <iframe> is not allowed in articles — remove it; embed videos and posts with <YouTube>, <Vimeo>, <XPost>, <BlueskyPost>, <MastodonPost>, <InstagramPost>`,
  },
  {
    mistake: 'gallery picture whose file is missing',
    changes: withFirst(
      FIRST,
      'Text.\n\n<Gallery title="The harbour">\n  <Photo src="/images/harbour.jpg" alt="A crane" />\n  <Photo src="/images/harbor-2.jpg" alt="A quay" />\n</Gallery>',
    ),
    expected: `${FIRST_FILE}:17: body: image file "/images/harbor-2.jpg" does not exist — add the file at public/images/harbor-2.jpg or correct the path`,
  },
  {
    mistake: 'gallery picture without alt text',
    changes: withFirst(
      FIRST,
      'Text.\n\n<Gallery title="The harbour">\n  <Photo src="/images/harbour.jpg" alt="A crane" />\n  <Photo src="/images/harbour.jpg" caption="The quay" />\n</Gallery>',
    ),
    expected: `${FIRST_FILE}:17: body: <Photo> needs an alt="…" value`,
  },
  {
    mistake: 'gallery with a single picture',
    changes: withFirst(
      FIRST,
      'Text.\n\n<Gallery title="The harbour">\n  <Photo src="/images/harbour.jpg" alt="A crane" />\n</Gallery>',
    ),
    expected: `${FIRST_FILE}:15: body: <Gallery> holds only one <Photo> — add at least 2 pictures as <Photo src="…" alt="…" /> lines, or use <Figure> for a single picture`,
  },
  {
    mistake: 'text written inside a gallery',
    changes: withFirst(
      FIRST,
      'Text.\n\n<Gallery title="The harbour">\n  <Photo src="/images/harbour.jpg" alt="A crane" />\n  <Photo src="/images/harbour.jpg" alt="A quay" />\n\n  Pictures by the harbour master.\n</Gallery>',
    ),
    expected: `${FIRST_FILE}:19: body: <Gallery> may hold only <Photo> pictures, not text`,
  },
  {
    mistake: 'two galleries with the same title in one story',
    changes: withFirst(
      FIRST,
      'Text.\n\n<Gallery title="The harbour">\n  <Photo src="/images/harbour.jpg" alt="A crane" />\n  <Photo src="/images/harbour.jpg" alt="A quay" />\n</Gallery>\n\n<Gallery title="The Harbour">\n  <Photo src="/images/harbour.jpg" alt="A crane" />\n  <Photo src="/images/harbour.jpg" alt="A quay" />\n</Gallery>',
    ),
    expected: `${FIRST_FILE}:20: body: <Gallery title="The Harbour"> has the same title as the gallery "The harbour" above it — give each gallery in a story its own title`,
  },
  {
    mistake: 'gallery picture outside a gallery',
    changes: withFirst(FIRST, 'Text.\n\n<Photo src="/images/harbour.jpg" alt="A crane" />'),
    expected: `${FIRST_FILE}:15: body: <Photo> is only allowed inside a <Gallery> — put the pictures between <Gallery title="…"> and </Gallery>, or use <Figure> for a single picture`,
  },
  {
    mistake: 'article slug that collides with section pagination',
    changes: { 'articles/2026/page.mdx': article(SECOND.replace('Ferry fares rise', 'Page three')) },
    expected:
      'content/articles/2026/page.mdx: file: the slug "page" is taken by a section route — rename the file to another slug',
  },
  {
    mistake: 'live post dated before the coverage starts',
    changes: withPost(POST.replace('2026-11-05T07:30', '2026-11-05T05:30')),
    expected: `${POST_FILE}:2: time: is before the live blog's coverage starts (2026-11-05T06:00:00+00:00) — correct the time, or move coverageStart in index.mdx earlier`,
  },
  {
    mistake: 'live post dated after the coverage ended',
    changes: withPost(POST.replace('2026-11-05T07:30', '2026-11-05T23:30')),
    expected: `${POST_FILE}:2: time: is after the live blog's coverage ended (2026-11-05T22:00:00+00:00)`,
  },
  {
    mistake: 'live post dated in the future',
    changes: {
      ...withLive(LIVE.replace('status: ended', 'status: live').replace(/\ncoverageEnd: .*/, '')),
      ...withPost(POST.replace('2026-11-05T07:30', '2026-12-05T07:30')),
    },
    expected: `${POST_FILE}:2: time: is in the future; posts are shown as soon as they are published, not at their time`,
  },
  {
    mistake: 'two pinned posts in one live blog',
    changes: withPost(`${POST}\npinned: true`),
    expected: `content/${LIVE_DIR}/first-warning.mdx:4: pinned: ${POST_FILE} is pinned too; a live blog shows one pinned post — remove pinned: true from one of the two posts`,
  },
  {
    mistake: 'live post by an unknown author',
    changes: withPost(POST.replace('[ana-bell]', '[ana-bel]')),
    expected: `${POST_FILE}:3: authors[1]: "ana-bel" is not an author — use one of: ana-bell — or add content/authors/ana-bel.mdx`,
  },
  {
    mistake: 'live post in a folder without a live blog',
    changes: { 'live/2026/storm-lve/late-post.mdx': article(POST) },
    expected:
      "content/live/2026/storm-lve/late-post.mdx: file: is a post in live/2026/storm-lve/, which has no live blog — add live/2026/storm-lve/index.mdx with the live blog's headline, or move the post into its live blog's folder",
  },
  {
    mistake: 'live blog ended without an end time',
    changes: withLive(LIVE.replace(/\ncoverageEnd: .*/, '')),
    expected: `content/${LIVE_DIR}/index.mdx:6: coverageEnd: the live blog has ended but has no end time — add coverageEnd:`,
  },
  {
    mistake: 'live blog still live with an end time',
    changes: withLive(LIVE.replace('status: ended', 'status: live')),
    expected: `content/${LIVE_DIR}/index.mdx:8: coverageEnd: is set but status is live`,
  },
  {
    mistake: 'live blog status that is neither live nor ended',
    changes: withLive(LIVE.replace('status: ended', 'status: over')),
    expected: `content/${LIVE_DIR}/index.mdx:6: status: "over" is not one of the choices — write one of: live, ended`,
  },
  {
    mistake: 'key event without a title',
    changes: withPost(POST.replace('title: "Coast road closed"\n', '')),
    expected: `${POST_FILE}:4: title: a key event needs a title, which the "Key events" list shows — add title:`,
  },
  {
    mistake: 'live post without text',
    changes: withPost(POST, ''),
    expected: `${POST_FILE}:7: body: the post has no text`,
  },
  {
    mistake: 'live post with an ALSO READ to a story that does not exist',
    changes: withPost(POST, 'Shut.\n\n<AlsoRead slug="no-such-story" />'),
    expected: `${POST_FILE}:10: body: <AlsoRead slug="no-such-story" /> points to a story that does not exist`,
  },
  {
    mistake: 'live blog whose slug is also an article',
    changes: { 'live/2026/first-story/index.mdx': article(LIVE, '') },
    expected:
      'content/live/2026/first-story/index.mdx: file: the slug "first-story" is also used by content/articles/2026/first-story.mdx',
  },
  {
    mistake: 'live blog in another year than its folder',
    changes: withLive(LIVE.replace('coverageStart: 2026', 'coverageStart: 2025')),
    expected: `content/${LIVE_DIR}/index.mdx:7: coverageStart: the date is in 2025 but the file is in the 2026 folder — move the live blog's folder to live/2025/`,
  },
  {
    mistake: 'live post outside a live blog folder',
    changes: { 'live/2026/stray-post.mdx': article(POST) },
    expected: 'content/live/2026/stray-post.mdx: file: is not where live blogs live',
  },
];
