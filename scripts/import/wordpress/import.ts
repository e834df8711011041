/**
 * `npm run import:wordpress`: a WordPress export → the site's own files.
 *
 * Two streaming passes over the export (wxr-reader.ts). The first reads every item without its
 * body and decides where each post goes (slug, section, year, new address), so that the second,
 * which converts bodies (body/convert.ts) and writes files, can turn a link to any other
 * imported post into its new address. What was imported from where is kept beside the old
 * addresses in content/.redirects/wordpress.json (redirect-table.ts): a second run updates
 * those files in place, adds new posts and never writes a second copy, and a story of the
 * newsroom's own with the same slug is reported, never overwritten.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import slugify from '@sindresorhus/slugify';

import { routes, tagSlug } from '../../../lib/routes';
import { RESERVED_ARTICLE_SLUGS, RESERVED_TOP_LEVEL_SLUGS, SLUG_PATTERN } from '../../../lib/schema/reserved';
import { autop } from './body/autop';
import { type BodyContext, convertBody, type Picture } from './body/convert';
import { hasGmt, isoWithOffset } from './dates';
import { frontmatter } from './frontmatter';
import { oldAddressesOf, siteWideAddresses } from './old-addresses';
import { readRedirectTable, REDIRECT_TABLE, type RedirectTable, writeRedirectTable } from './redirect-table';
import { DEFAULT_MAP, readSectionMap, type SectionMap } from './sections';
import { readWxr, type WxrChannel, type WxrItem } from './wxr-reader';

export interface ImportOptions {
  exportFile: string;
  contentDir: string;
  publicDir: string;
  uploadsDir?: string;
  sectionsFile?: string;
}

export interface ReportNote {
  /** The post: "post 1241 “Headline”". */
  post: string;
  /** Line of the export file. */
  line: number;
  what: string;
  kept?: string;
}

export interface ImportReport {
  site: string;
  wxrVersion: string;
  /** Items of the export by post type, as read. */
  items: Record<string, number>;
  articles: {
    created: number;
    updated: number;
    unchanged: number;
    published: number;
    draft: number;
    embargoed: number;
  };
  pages: { created: number; updated: number; unchanged: number };
  authors: number;
  sectionsCreated: string[];
  /** Items not imported, by reason ("attachment", "nav_menu_item", "status trash", …). */
  skipped: Record<string, number>;
  /** Posts not written because a story or page of the site's own has the slug. */
  clashes: string[];
  notes: ReportNote[];
  redirects: number;
  picturesCopied: number;
}

interface Planned {
  item: WxrItem;
  kind: 'article' | 'page';
  slug: string;
  /** File inside the content folder, forward slashes. */
  file: string;
  url: string;
  section?: string;
  date?: string;
  status: 'published' | 'draft' | 'embargoed';
}

interface Attachment {
  url: string;
  alt: string;
  caption: string;
  title: string;
  credit: string;
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const slugOf = (text: string) => {
  const slug = slugify(decode(text));
  return SLUG_PATTERN.test(slug) ? slug : '';
};

const plainText = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    // Block elements separate words; inline ones (a link, emphasis) sit inside them.
    .replace(/<\/?(?:p|br|div|li|ul|ol|h\d|td|th|tr|table|figure|figcaption|blockquote|pre)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#8217;|&rsquo;/g, '’')
    .replace(/&#8220;|&ldquo;/g, '“')
    .replace(/&#8221;|&rdquo;/g, '”')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of the post's first paragraph that has any (classic posts get their paragraphs first, as WordPress prints them). */
function firstParagraph(html: string): string {
  for (const match of autop(html).matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    const text = plainText(match[1] ?? '');
    if (text.length > 0 && !/^https?:\/\/\S+$/.test(text)) return text;
  }
  return plainText(html);
}

/** A post's author login as WordPress keeps logins (letters, digits, space, _ . - @): exports can carry stray characters around it. */
const loginOf = (creator: string) => creator.replace(/[^A-Za-z0-9 _.@-]/g, '').trim();

/** A standfirst from the first words of the text when the post has no excerpt: one sentence, at most about 200 characters. */
function standfirstFrom(text: string): string {
  const sentence = /^(.{20,200}?[.!?])(\s|$)/.exec(text)?.[1];
  if (sentence) return sentence;
  if (text.length <= 200) return text;
  return `${text.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}

/** The credit WordPress read from a picture's IPTC data, inside its serialized metadata. */
const creditIn = (metadata: string | undefined) =>
  /s:6:"credit";s:\d+:"([^"]*)"/.exec(metadata ?? '')?.[1]?.trim() ?? '';

/** The path of an uploaded file below the uploads folder, from its address. */
function uploadPath(address: string): string | undefined {
  let pathname: string;
  try {
    pathname = decode(new URL(address, 'https://wordpress.invalid').pathname);
  } catch {
    return undefined;
  }
  const match =
    /\/wp-content\/uploads\/(.+)$/.exec(pathname) ??
    /\/files\/(.+)$/.exec(pathname) ??
    /^\/(\d{4}\/\d{2}\/.+)$/.exec(pathname);
  const relative = match?.[1];
  if (!relative || relative.split('/').some((part) => part === '..' || part === '')) return undefined;
  return relative;
}

/** Safe file names under public/images/wordpress/: lowercase words, the extension kept. */
const safeName = (relative: string) =>
  relative
    .split('/')
    .map((part) => {
      const extension = path.extname(part).toLowerCase();
      return `${slugify(path.basename(part, path.extname(part))) || 'picture'}${extension}`;
    })
    .join('/');

function listStories(contentDir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of ['articles', 'live']) {
    const root = path.join(contentDir, folder);
    if (!existsSync(root)) continue;
    for (const year of readdirSync(root)) {
      if (!/^\d{4}$/.test(year)) continue;
      for (const name of readdirSync(path.join(root, year))) {
        const slug = name.replace(/\.mdx$/, '');
        found.set(slug, `${folder}/${year}/${name}`);
      }
    }
  }
  return found;
}

const slugsIn = (dir: string, extension: string) =>
  existsSync(dir)
    ? new Set(
        readdirSync(dir)
          .filter((name) => name.endsWith(extension))
          .map((name) => name.slice(0, -extension.length)),
      )
    : new Set<string>();

/** Writes `text` when it differs from the file; says which. */
function writeIfChanged(file: string, text: string): 'created' | 'updated' | 'unchanged' {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (before === text) return 'unchanged';
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return before === undefined ? 'created' : 'updated';
}

export async function importWordPress(options: ImportOptions): Promise<ImportReport> {
  const { contentDir, publicDir } = options;
  const sectionMap: SectionMap = options.sectionsFile ? readSectionMap(options.sectionsFile) : DEFAULT_MAP;
  if (options.uploadsDir && !existsSync(options.uploadsDir))
    throw new Error(`--uploads ${options.uploadsDir}: no such folder (give the copy of wp-content/uploads)`);
  const table: RedirectTable = readRedirectTable(contentDir);
  const report: ImportReport = {
    site: '',
    wxrVersion: '',
    items: {},
    articles: { created: 0, updated: 0, unchanged: 0, published: 0, draft: 0, embargoed: 0 },
    pages: { created: 0, updated: 0, unchanged: 0 },
    authors: 0,
    sectionsCreated: [],
    skipped: {},
    clashes: [],
    notes: [],
    redirects: 0,
    picturesCopied: 0,
  };
  const skip = (reason: string) => (report.skipped[reason] = (report.skipped[reason] ?? 0) + 1);

  // Pass 1: everything but the bodies.
  const items: WxrItem[] = [];
  const attachments = new Map<string, Attachment>();
  const attachmentByUrl = new Map<string, Attachment>();
  /** Post id → ids of the pictures uploaded to it, in export order. */
  const attachmentsOf = new Map<string, string[]>();
  const channel: WxrChannel = await readWxr(options.exportFile, {
    skipContent: true,
    onItem: (item) => {
      report.items[item.type || 'unknown'] = (report.items[item.type || 'unknown'] ?? 0) + 1;
      if (item.type === 'attachment') {
        const attachment = {
          url: item.attachmentUrl || item.guid,
          alt: item.meta._wp_attachment_image_alt?.trim() ?? '',
          caption: plainText(item.excerpt),
          title: item.title,
          credit: creditIn(item.meta._wp_attachment_metadata),
        };
        attachments.set(item.id, attachment);
        if (item.parent && item.parent !== '0')
          attachmentsOf.set(item.parent, [...(attachmentsOf.get(item.parent) ?? []), item.id]);
        attachmentByUrl.set(uploadPath(attachment.url) ?? attachment.url, attachment);
        skip('attachment');
        return;
      }
      if (item.type !== 'post' && item.type !== 'page') return skip(item.type || 'unknown');
      if (!['publish', 'future', 'draft', 'pending', 'private'].includes(item.status))
        return skip(`status ${item.status}`);
      items.push(item);
    },
  });
  report.site = channel.link;
  report.wxrVersion = channel.wxrVersion;
  const siteHosts = new Set(
    [channel.link, channel.baseBlogUrl].flatMap((address) => {
      try {
        const host = new URL(address).hostname.toLowerCase();
        return [host, host.replace(/^www\./, ''), `www.${host.replace(/^www\./, '')}`];
      } catch {
        return [];
      }
    }),
  );
  const terms = new Map(channel.terms.map((term) => [`${term.taxonomy}:${term.slug}`, term]));

  // Sections: existing ones, and those made from categories.
  const sectionsDir = path.join(contentDir, 'sections');
  const existingSections = slugsIn(sectionsDir, '.yaml');
  const existingPages = slugsIn(path.join(contentDir, 'pages'), '.mdx');
  const newSections = new Map<string, { title: string; description: string }>();
  const sectionFor = (item: WxrItem): string => {
    const categories = item.terms.filter((term) => term.domain === 'category');
    const first = categories[0];
    if (!first || first.nicename === 'uncategorized') return sectionMap.uncategorized;
    const mapped = sectionMap.categories[first.nicename];
    if (mapped) return mapped;
    let slug = slugOf(first.nicename) || slugOf(first.name) || sectionMap.uncategorized;
    if (RESERVED_TOP_LEVEL_SLUGS.includes(slug) || existingPages.has(slug)) slug = `${slug}-news`;
    return slug;
  };
  const titleOfSection = (slug: string, item?: WxrItem) => {
    const category = item?.terms.find((term) => term.domain === 'category');
    if (slug === sectionMap.uncategorized || !category || category.nicename === 'uncategorized')
      return slug
        .split('-')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join(' ');
    return category.name;
  };

  // Plan every post: where it goes and its new address.
  const stories = listStories(contentDir);
  const ledger = new Map(Object.entries(table.imported));
  const ownedFiles = new Set(ledger.values());
  const planned: Planned[] = [];
  const taken = new Set<string>();
  const describe = (item: WxrItem) => `${item.type} ${item.id} “${item.title || '(no title)'}”`;
  for (const item of items) {
    const kind = item.type === 'page' ? 'page' : 'article';
    let slug = slugOf(item.slug) || slugOf(item.title) || `${kind}-${item.id}`;
    if (kind === 'article' && (RESERVED_ARTICLE_SLUGS as readonly string[]).includes(slug)) slug = `${slug}-${item.id}`;
    if (kind === 'page' && (RESERVED_TOP_LEVEL_SLUGS.includes(slug) || existingSections.has(slug)))
      slug = `${slug}-page`;
    const key = `${kind}:${slug}`;
    if (taken.has(key)) {
      const renamed = `${slug}-${item.id}`;
      report.notes.push({
        post: describe(item),
        line: 0,
        what: `slug "${slug}" is used by another post of the export; written as "${renamed}"`,
      });
      slug = renamed;
    }
    taken.add(`${kind}:${slug}`);
    const status = item.status === 'publish' ? 'published' : item.status === 'future' ? 'embargoed' : 'draft';
    if (kind === 'page') {
      const file = `pages/${slug}.mdx`;
      if (existingPages.has(slug) && ledger.get(`page:${item.id}`) !== file) {
        report.clashes.push(`${describe(item)}: content/${file} is the site's own page; not overwritten`);
        continue;
      }
      if (item.status !== 'publish') {
        skip(`page ${item.status}`);
        continue;
      }
      planned.push({ item, kind, slug, file, url: routes.page(slug), status: 'published' });
      continue;
    }
    const date = isoWithOffset(item.postDate, item.postDateGmt);
    if (!date) {
      report.notes.push({ post: describe(item), line: 0, what: 'has no date; not imported' });
      skip('no date');
      continue;
    }
    const file = `articles/${date.slice(0, 4)}/${slug}.mdx`;
    const existing = stories.get(slug);
    if (existing && !ownedFiles.has(existing)) {
      report.clashes.push(
        `${describe(item)}: content/${existing} is the site's own story with the slug "${slug}"; not overwritten`,
      );
      continue;
    }
    const section = sectionFor(item);
    if (!existingSections.has(section) && !newSections.has(section)) {
      newSections.set(section, {
        title: titleOfSection(section, item),
        description: `Stories filed under ${titleOfSection(section, item)}, imported from ${channel.title || 'the old site'}.`,
      });
    }
    planned.push({ item, kind, slug, file, url: routes.article(section, slug), section, date, status });
  }

  // Old addresses → new ones, for links inside bodies and for the redirects.
  const byOldAddress = new Map<string, Planned>();
  const keyOf = (href: string): string | undefined => {
    let url: URL;
    try {
      url = new URL(href, channel.link || 'https://wordpress.invalid');
    } catch {
      return undefined;
    }
    if (!siteHosts.has(url.hostname.toLowerCase())) return undefined;
    const id = url.searchParams.get('p') ?? url.searchParams.get('page_id');
    if (id) return `/?p=${id}`;
    return url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  };
  for (const plan of planned) {
    for (const address of oldAddressesOf(plan.item, channel.link)) {
      const key = keyOf(new URL(address, channel.link || 'https://wordpress.invalid').href) ?? address;
      byOldAddress.set(key, plan);
    }
  }

  // Authors used by imported articles.
  const authorSlugs = new Map<string, string | undefined>();
  const authorOf = (login: string): { authors?: string[]; byline?: string } => {
    const author = channel.authors.find((candidate) => candidate.login === login);
    const name = author?.displayName || login;
    if (!authorSlugs.has(login)) {
      const slug = slugOf(name) || slugOf(login);
      const file = `authors/${slug}.mdx`;
      const existing = path.join(contentDir, file);
      const ours = ledger.get(`author:${login}`) === file;
      if (!slug) authorSlugs.set(login, undefined);
      else if (existsSync(existing) && !ours) {
        // The newsroom's own author file: used when it is the same person by name, else a byline.
        const sameName = readFileSync(existing, 'utf8').includes(`name: ${JSON.stringify(name)}`);
        authorSlugs.set(login, sameName ? slug : undefined);
        if (!sameName)
          report.clashes.push(
            `author ${login} “${name}”: content/${file} is another person; their stories carry a byline`,
          );
      } else {
        writeIfChanged(
          existing,
          `${frontmatter([
            ['name', name],
            ['role', 'Contributor'],
          ])}${name} wrote for ${channel.title || 'the site'} before it moved to Dateline.\n`,
        );
        table.imported[`author:${login}`] = file;
        report.authors++;
        authorSlugs.set(login, slug);
      }
    }
    const slug = authorSlugs.get(login);
    return slug ? { authors: [slug] } : { byline: name };
  };

  // Pictures: copied from the uploads folder when it has them.
  const copied = new Set<string>();
  const picture = (address: string, attachmentId?: string, alt = '', caption = '', title = ''): Picture | undefined => {
    const relative = uploadPath(address);
    const attachment =
      (attachmentId ? attachments.get(attachmentId) : undefined) ??
      (relative ? attachmentByUrl.get(relative) : undefined);
    if (!relative || !options.uploadsDir) return undefined;
    const original = relative.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1');
    const source = [original, relative]
      .map((candidate) => path.join(options.uploadsDir ?? '', candidate))
      .find(existsSync);
    if (!source) return undefined;
    const target = `/images/wordpress/${safeName(path.relative(options.uploadsDir, source).split(path.sep).join('/'))}`;
    if (!copied.has(target)) {
      mkdirSync(path.dirname(path.join(publicDir, target)), { recursive: true });
      copyFileSync(source, path.join(publicDir, target));
      copied.add(target);
      report.picturesCopied++;
    }
    const text = alt || attachment?.alt || caption || attachment?.caption || attachment?.title || '';
    const finalCaption = caption || attachment?.caption || '';
    return {
      src: target,
      alt: text || `Picture from “${title}”`,
      ...(finalCaption ? { caption: finalCaption } : {}),
      ...(attachment?.credit ? { credit: attachment.credit } : {}),
      ...(text ? {} : { madeUpAlt: true }),
    };
  };

  // Pass 2: bodies, converted and written.
  const usedTags = new Map<string, string>();
  const usedSections = new Set<string>();
  const usedAuthors = new Map<string, string>();
  const toWrite = new Map(planned.map((plan) => [plan.item.id, plan]));
  await readWxr(options.exportFile, {
    onItem: (item) => {
      const plan = toWrite.get(item.id);
      if (plan?.item.type !== item.type) return;
      const post = describe(item);
      const context: BodyContext = {
        title: item.title || plan.slug,
        picture: (address, id, alt, caption) => picture(address, id, alt, caption, item.title),
        attachmentAddress: (id) => attachments.get(id)?.url,
        ownAttachments: () => attachmentsOf.get(item.id) ?? [],
        newAddress: (href) => {
          const key = keyOf(href);
          return key ? byOldAddress.get(key)?.url : undefined;
        },
        alsoReadSlug: (href) => {
          const key = keyOf(href);
          const target = key ? byOldAddress.get(key) : undefined;
          return target?.kind === 'article' && target.status === 'published' ? target.slug : undefined;
        },
      };
      const { mdx, notes } = convertBody(item.content, context);
      for (const note of notes)
        report.notes.push({
          post,
          line: item.contentLine + note.line - 1,
          what: note.what,
          ...(note.kept ? { kept: note.kept } : {}),
        });
      if (mdx.trim() === '') {
        report.notes.push({ post, line: item.contentLine, what: 'has no text the site can show; not imported' });
        skip('no text');
        return;
      }
      const title = item.title.trim() || `Untitled ${plan.kind} ${item.id}`;
      if (!item.title.trim())
        report.notes.push({ post, line: item.contentLine, what: `has no title; written as “${title}”` });
      const summary = plainText(item.excerpt) || standfirstFrom(firstParagraph(item.content)) || title;
      const target = path.join(contentDir, plan.file);
      const previous = table.imported[`${plan.kind}:${item.id}`];
      if (previous && previous !== plan.file && existsSync(path.join(contentDir, previous)))
        rmSync(path.join(contentDir, previous));
      table.imported[`${plan.kind}:${item.id}`] = plan.file;
      if (plan.kind === 'page') {
        const outcome = writeIfChanged(
          target,
          `${frontmatter([
            ['title', title],
            ['description', summary],
          ])}\n${mdx}`,
        );
        report.pages[outcome]++;
        return;
      }
      const tags = new Map<string, string>();
      const sectionCategory = item.terms.find((term) => term.domain === 'category');
      for (const term of item.terms) {
        if (term === sectionCategory || term.nicename === 'uncategorized') continue;
        if (term.domain !== 'post_tag' && term.domain !== 'category') continue;
        const name = term.name || terms.get(`${term.domain}:${term.nicename}`)?.name || term.nicename;
        if (!tagSlug(name)) {
          report.notes.push({
            post,
            line: 0,
            what: `tag “${name}” has no Latin letters or digits for its address; left out`,
          });
          continue;
        }
        const key = name.toLocaleLowerCase('en');
        if (!tags.has(key)) tags.set(key, name);
        if (term.domain === 'post_tag' && plan.status === 'published') usedTags.set(term.nicename, name);
      }
      const login = loginOf(item.creator);
      const byline = authorOf(login);
      if (plan.status === 'published' && byline.authors?.[0]) usedAuthors.set(login, byline.authors[0]);
      if (plan.status === 'published' && plan.section) usedSections.add(plan.section);
      const thumbnail = item.meta._thumbnail_id ? attachments.get(item.meta._thumbnail_id) : undefined;
      const lead = thumbnail ? picture(thumbnail.url, item.meta._thumbnail_id, '', '', title) : undefined;
      if (thumbnail && !lead)
        report.notes.push({
          post,
          line: 0,
          what: 'featured image not carried over (not found in the uploads folder)',
          kept: thumbnail.url,
        });
      if (!hasGmt(item.postDateGmt) && plan.status !== 'published')
        report.notes.push({
          post,
          line: 0,
          what: 'draft has no GMT time in the export; its local time was taken as UTC',
        });
      const modified = hasGmt(item.modifiedGmt) ? isoWithOffset(item.modified, item.modifiedGmt) : undefined;
      const updated =
        plan.status === 'published' && modified && plan.date && Date.parse(modified) - Date.parse(plan.date) > 60_000
          ? modified
          : undefined;
      const text = `${frontmatter([
        ['title', title],
        ['dek', summary],
        ['date', plan.date ? { date: plan.date } : undefined],
        ['updated', updated ? { date: updated } : undefined],
        ['section', plan.section],
        ['authors', byline.authors],
        ['byline', byline.byline],
        ['tags', tags.size > 0 ? [...tags.values()] : undefined],
        [
          'image',
          lead
            ? {
                src: lead.src,
                alt: lead.alt,
                ...(lead.caption ? { caption: lead.caption } : {}),
                ...(lead.credit ? { credit: lead.credit } : {}),
              }
            : undefined,
        ],
        ['featured', item.sticky ? true : undefined],
        ['draft', plan.status === 'draft' ? true : undefined],
      ])}\n${mdx}`;
      report.articles[writeIfChanged(target, text)]++;
      report.articles[plan.status === 'published' ? 'published' : plan.status]++;
    },
  });

  for (const [slug, section] of newSections) {
    if (!usedSections.has(slug) && ![...planned].some((plan) => plan.section === slug)) continue;
    const file = path.join(sectionsDir, `${slug}.yaml`);
    if (existsSync(file)) continue;
    writeIfChanged(
      file,
      `title: ${JSON.stringify(section.title)}\ndescription: ${JSON.stringify(section.description)}\norder: ${100 + report.sectionsCreated.length}\nnav: false\n`,
    );
    report.sectionsCreated.push(slug);
  }

  // Old addresses of everything imported and published.
  const redirects: Record<string, string> = { ...table.redirects };
  const topLevel = new Set([...existingSections, ...newSections.keys(), ...existingPages, ...RESERVED_TOP_LEVEL_SLUGS]);
  for (const plan of planned) {
    if (plan.status !== 'published' || !existsSync(path.join(contentDir, plan.file))) continue;
    for (const address of oldAddressesOf(plan.item, channel.link)) {
      const bare = address.replace(/^\/|\/$/g, '');
      if (address !== plan.url && !(topLevel.has(bare) && `/${bare}` !== plan.url)) redirects[address] = plan.url;
    }
  }
  const categoriesUsed = planned
    .filter((plan) => plan.status === 'published' && plan.section)
    .flatMap((plan) => {
      const first = plan.item.terms.find((term) => term.domain === 'category');
      return first ? [[first.nicename, plan.section ?? ''] as [string, string]] : [];
    });
  Object.assign(
    redirects,
    siteWideAddresses({ categories: new Map(categoriesUsed), tags: usedTags, authors: usedAuthors }),
  );
  table.redirects = redirects;
  table.from = channel.link;
  report.redirects = Object.keys(redirects).length;
  writeRedirectTable(contentDir, table);
  report.notes.sort((a, b) => a.post.localeCompare(b.post) || a.line - b.line);
  return report;
}

export { REDIRECT_TABLE };
