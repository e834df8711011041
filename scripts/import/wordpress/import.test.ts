import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { validateContent } from '../../../lib/validation/validate-content';
import { type ImportReport, importWordPress } from './import';
import { readRedirectTable } from './redirect-table';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/wordpress');
const newsroomExport = path.join(fixtures, 'newsroom.wxr.xml');

/** A content folder with the site's sections and authors and one story of the newsroom's own, and an empty public/. */
function freshSite(): { contentDir: string; publicDir: string; sectionsFile: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wp-import-'));
  const contentDir = path.join(dir, 'content');
  const publicDir = path.join(dir, 'public');
  for (const folder of ['sections', 'authors', 'pages'])
    cpSync(path.join(root, 'content', folder), path.join(contentDir, folder), { recursive: true });
  mkdirSync(path.join(contentDir, 'articles/2024'), { recursive: true });
  writeFileSync(
    path.join(contentDir, 'articles/2024/existing-story.mdx'),
    '---\ntitle: "The newsroom\'s own story"\ndek: "Ours."\ndate: 2024-06-01T09:00:00+01:00\nsection: uk\nauthors: [elena-marsh]\n---\n\nOur own words.\n',
  );
  mkdirSync(publicDir, { recursive: true });
  const sectionsFile = path.join(dir, 'sections.yaml');
  writeFileSync(sectionsFile, 'uncategorized: uk\ncategories:\n  local-news: uk\n');
  return { contentDir, publicDir, sectionsFile };
}

const read = (contentDir: string, file: string) => readFileSync(path.join(contentDir, file), 'utf8');

describe('importing the hand-written newsroom export', () => {
  let site: ReturnType<typeof freshSite>;
  let report: ImportReport;
  beforeAll(async () => {
    site = freshSite();
    report = await importWordPress({
      exportFile: newsroomExport,
      contentDir: site.contentDir,
      publicDir: site.publicDir,
      uploadsDir: path.join(fixtures, 'uploads'),
      sectionsFile: site.sectionsFile,
    });
  });

  it('counts every kind of item and skips attachments and menus', () => {
    expect(report.items).toEqual({ attachment: 3, nav_menu_item: 1, page: 1, post: 7 });
    expect(report.skipped).toEqual({ attachment: 3, nav_menu_item: 1 });
    expect(report.articles).toMatchObject({ created: 6, published: 2, draft: 3, embargoed: 1 });
    expect(report.pages.created).toBe(1);
  });

  it('maps each status: publish → published, draft/pending/private → draft, future → embargoed at its time', () => {
    const crane = read(site.contentDir, 'articles/2024/harbour-crane-collapses.mdx');
    expect(crane).not.toMatch(/^draft:/m);
    for (const file of ['regatta-plans', 'pending-rowing-results', 'private-note'])
      expect(read(site.contentDir, `articles/2024/${file}.mdx`)).toMatch(/^draft: true$/m);
    const future = read(site.contentDir, 'articles/2031/new-ferry-enters-service.mdx');
    expect(future).toMatch(/^date: 2031-03-01T07:00:00\+00:00$/m);
    expect(future).not.toMatch(/^draft:/m);
  });

  it('writes the frontmatter from the export: GMT dates with their offset, excerpt, section map, tags, sticky, featured image', () => {
    const crane = read(site.contentDir, 'articles/2024/harbour-crane-collapses.mdx');
    expect(crane).toMatch(/^date: 2024-07-01T10:00:00\+01:00$/m);
    expect(crane).toMatch(/^updated: 2024-07-01T15:30:00\+01:00$/m);
    expect(crane).toMatch(/^dek: "A forty-metre crane fell across the north quay; nobody was hurt."$/m);
    expect(crane).toMatch(/^section: "uk"$/m);
    expect(crane).toMatch(/^authors: \["jane-doe"\]$/m);
    expect(crane).toMatch(/^tags: \["Harbour"\]$/m);
    expect(crane).toMatch(/^featured: true$/m);
    expect(crane).toContain(
      '  src: "/images/wordpress/2024/07/harbour-crane.jpg"\n  alt: "A tall crane over the north quay"',
    );
    expect(crane).toContain('  credit: "Photo: J. Doe"');
    expect(
      readFileSync(path.join(site.publicDir, 'images/wordpress/2024/07/harbour-crane.jpg')).length,
    ).toBeGreaterThan(0);
    // "Uncategorized" goes where the map says; a category the map does not name becomes a section.
    expect(read(site.contentDir, 'articles/2024/quay-reopens.mdx')).toMatch(/^section: "uk"$/m);
    expect(read(site.contentDir, 'articles/2024/regatta-plans.mdx')).toMatch(/^section: "rowing"$/m);
    expect(read(site.contentDir, 'sections/rowing.yaml')).toContain('title: "Rowing"');
    expect(read(site.contentDir, 'authors/jane-doe.mdx')).toContain('name: "Jane Doe"');
    expect(read(site.contentDir, 'pages/advertise.mdx')).toContain('title: "Advertise with us"');
  });

  it('converts classic-editor bodies to the site components', () => {
    const crane = read(site.contentDir, 'articles/2024/harbour-crane-collapses.mdx');
    expect(crane).toContain(
      '<Figure src="/images/wordpress/2024/07/harbour-crane.jpg" alt="A tall crane over the north quay" caption="The crane before it fell" credit="Photo: J. Doe" />',
    );
    expect(crane).toContain('<YouTube id="aqz-KE-bpKQ"');
    expect(crane).toContain('<Vimeo id="76979871" title="The quay from the air" />');
    expect(crane).toContain('<XPost url="https://x.com/portwatch/status/1234567890123456789"');
    expect(crane).toContain('<InstagramPost url="https://www.instagram.com/p/C1a2B3c4D5e/"');
    expect(crane).toContain('<BlueskyPost url="https://bsky.app/profile/portwatch.bsky.social/post/3kabc2defgh2x"');
    expect(crane).toContain('<MastodonPost url="https://mastodon.social/@portwatch/112233445566778899"');
    expect(crane).toContain(
      '<PullQuote cite="Ann Reid, harbour pilot">\n  It came down like a tree in a storm.\n</PullQuote>',
    );
    expect(crane).toContain('> We will inspect every crane on the quay this week.');
    expect(crane).toContain('## What happens next');
    expect(crane).toContain('- The quay stays closed until Friday.\n- Ferries use the west berth.');
    expect(crane).toMatch(/\| Berth \| Status \|\n\| -+ \| -+ \|\n\| North \| Closed \|/);
    expect(crane).toContain('[reopened in January](/uk/quay-reopens)');
    expect(crane).toContain('<AlsoRead slug="quay-reopens" />');
    expect(crane).toMatch(
      /<Gallery title="[^"]+">\n {2}<Photo src="\/images\/wordpress\/2024\/07\/quay-one.jpg" alt="Boats moored at the west quay"[^\n]*\/>\n {2}<Photo src="\/images\/wordpress\/2024\/07\/quay-two.jpg"/,
    );
    // [gallery] without ids: the pictures uploaded to the post, as WordPress shows them.
    expect(crane).toMatch(
      /<Gallery title="Pictures \(2\): [^"]+">\n {2}<Photo src="\/images\/wordpress\/2024\/07\/harbour-crane.jpg"/,
    );
    expect(crane).not.toMatch(/<script|<style|<iframe|trackVisit|\[contact-form/);
  });

  it('converts block-editor bodies: image, gallery, embed and pull quote blocks', () => {
    const quay = read(site.contentDir, 'articles/2024/quay-reopens.mdx');
    expect(quay).not.toContain('wp:');
    expect(quay).toContain(
      '<Figure src="/images/wordpress/2024/07/quay-one.jpg" alt="Boats back at the west quay" caption="Boats returned on the first tide" />',
    );
    expect(quay).toMatch(/<Gallery title="[^"]+">\n {2}<Photo [^\n]+\/>\n {2}<Photo [^\n]+\/>\n<\/Gallery>/);
    expect(quay).toContain('<YouTube id="aqz-KE-bpKQ" title="The first ferry back" />');
    expect(quay).toContain('<PullQuote cite="Tom Hale, ferry captain">');
  });

  it('lists what it could not convert by post and export line, keeping the address as a link', () => {
    const lines = readFileSync(newsroomExport, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    const crane = report.notes
      .filter((note) => note.post.startsWith('post 100 '))
      .map(({ post: _post, ...note }) => note);
    expect(crane).toEqual([
      { line: lineOf('<script>trackVisit'), what: '<script> removed' },
      { line: lineOf('<style>'), what: '<style> removed' },
      {
        line: lineOf('maps.example.net'),
        what: 'iframe from maps.example.net (no component for it)',
        kept: 'https://maps.example.net/embed?q=north+quay',
      },
      { line: lineOf('[contact-form'), what: '[contact-form] shortcode' },
    ]);
    expect(read(site.contentDir, 'articles/2024/harbour-crane-collapses.mdx')).toContain(
      '(https://maps.example.net/embed?q=north+quay)',
    );
  });

  it('reports a slug the newsroom already uses and leaves its story alone', () => {
    expect(report.clashes).toEqual([expect.stringContaining('content/articles/2024/existing-story.mdx')]);
    expect(read(site.contentDir, 'articles/2024/existing-story.mdx')).toContain('Our own words.');
  });

  it('records the old addresses of published posts, categories, tags, authors and feeds', () => {
    const { redirects } = readRedirectTable(site.contentDir);
    expect(redirects).toMatchObject({
      '/2024/07/01/harbour-crane-collapses/': '/uk/harbour-crane-collapses',
      '/harbour-crane-collapses/': '/uk/harbour-crane-collapses',
      '/?p=100': '/uk/harbour-crane-collapses',
      '/?page_id=200': '/advertise',
      '/advertise/': '/advertise',
      '/category/local-news/': '/uk',
      '/tag/harbour/': '/tag/harbour',
      '/author/jdoe/': '/author/jane-doe',
      '/feed/': '/feed.xml',
    });
    // Drafts had no public address; the clashing post was not imported.
    expect(Object.values(redirects)).not.toContain('/rowing/regatta-plans');
    expect(redirects['/2024/07/05/existing-story/']).toBeUndefined();
  });

  it('writes files the content check accepts', async () => {
    const { problems } = await validateContent({
      contentDir: site.contentDir,
      publicDir: site.publicDir,
      rootDir: site.contentDir,
      now: new Date('2026-11-28T12:00:00Z'),
    });
    expect(problems).toEqual([]);
  });

  it('run again: changes nothing that did not change, updates what did, never writes a second copy', async () => {
    const again = await importWordPress({
      exportFile: newsroomExport,
      contentDir: site.contentDir,
      publicDir: site.publicDir,
      uploadsDir: path.join(fixtures, 'uploads'),
      sectionsFile: site.sectionsFile,
    });
    expect(again.articles).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    const changed = path.join(path.dirname(site.sectionsFile), 'changed.xml');
    writeFileSync(
      changed,
      readFileSync(newsroomExport, 'utf8').replace(
        'Repairs cost £2m, the council said.',
        'Repairs cost £2.4m, the council said.',
      ),
    );
    const third = await importWordPress({
      exportFile: changed,
      contentDir: site.contentDir,
      publicDir: site.publicDir,
      uploadsDir: path.join(fixtures, 'uploads'),
      sectionsFile: site.sectionsFile,
    });
    expect(third.articles).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
    expect(read(site.contentDir, 'articles/2024/quay-reopens.mdx')).toContain('£2.4m');
    expect(report.clashes).toHaveLength(1);
  });
});

describe('importing the WordPress theme unit test data (a real export)', () => {
  it('imports every post and page, and the content check accepts every file', async () => {
    const site = freshSite();
    const report = await importWordPress({
      exportFile: path.join(fixtures, 'themeunittestdata.wordpress.xml'),
      contentDir: site.contentDir,
      publicDir: site.publicDir,
    });
    expect(report.items).toEqual({ attachment: 37, nav_menu_item: 70, page: 21, post: 58 });
    expect(report.articles.created).toBeGreaterThanOrEqual(55);
    expect(report.clashes).toEqual([expect.stringContaining('content/pages/about.mdx')]);
    const { problems } = await validateContent({
      contentDir: site.contentDir,
      publicDir: site.publicDir,
      rootDir: site.contentDir,
      now: new Date('2026-11-28T12:00:00Z'),
    });
    expect(problems).toEqual([]);
  }, 60_000);

  it('refuses a file that is not a WordPress export, naming it', async () => {
    const site = freshSite();
    const notAnExport = path.join(path.dirname(site.sectionsFile), 'feed.xml');
    writeFileSync(notAnExport, '<rss><channel><title>x</title></channel></rss>');
    await expect(
      importWordPress({ exportFile: notAnExport, contentDir: site.contentDir, publicDir: site.publicDir }),
    ).rejects.toThrow(`${notAnExport}: has no <wp:wxr_version>`);
  });
});
