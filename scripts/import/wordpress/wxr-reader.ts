/**
 * Reads a WordPress export (WXR 1.1 and 1.2, Tools → Export) as a stream: the file is fed to a
 * strict XML parser (saxes) in chunks and each <item> is handed on as soon as it closes, so a
 * twenty-year archive never sits in memory as one document (docs/decisions/035-wordpress-import.md).
 */
import { createReadStream } from 'node:fs';

import { SaxesParser, type SaxesTag } from 'saxes';

export interface WxrAuthor {
  login: string;
  email: string;
  displayName: string;
}

export interface WxrTerm {
  /** category or post_tag */
  taxonomy: 'category' | 'post_tag';
  slug: string;
  name: string;
  parent: string;
  description: string;
}

export interface WxrChannel {
  title: string;
  /** The site's address (<link>), e.g. https://example.org */
  link: string;
  baseBlogUrl: string;
  wxrVersion: string;
  authors: WxrAuthor[];
  terms: WxrTerm[];
}

export interface WxrItemTerm {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  id: string;
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  /** Line of the export where the post's content starts, for the report. */
  contentLine: number;
  excerpt: string;
  postDate: string;
  postDateGmt: string;
  modified: string;
  modifiedGmt: string;
  slug: string;
  status: string;
  type: string;
  parent: string;
  sticky: boolean;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  meta: Record<string, string>;
}

/** Child elements of <item> read as text, by their name in the export. */
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'id',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified': 'modified',
  'wp:post_modified_gmt': 'modifiedGmt',
  'wp:post_name': 'slug',
  'wp:status': 'status',
  'wp:post_type': 'type',
  'wp:post_parent': 'parent',
  'wp:attachment_url': 'attachmentUrl',
};

const emptyItem = (): WxrItem => ({
  id: '',
  title: '',
  link: '',
  guid: '',
  creator: '',
  content: '',
  contentLine: 0,
  excerpt: '',
  postDate: '',
  postDateGmt: '',
  modified: '',
  modifiedGmt: '',
  slug: '',
  status: '',
  type: '',
  parent: '',
  sticky: false,
  attachmentUrl: '',
  terms: [],
  meta: {},
});

export interface ReadOptions {
  /** Called for every <item> (post, page, attachment, menu item…) in export order. */
  onItem: (item: WxrItem) => void;
  /** Leave post bodies out (a first pass that only needs addresses and titles). */
  skipContent?: boolean;
}

/** Streams the export at `file`, calling onItem per item; resolves with the channel's own data. */
export function readWxr(file: string, options: ReadOptions): Promise<WxrChannel> {
  const channel: WxrChannel = { title: '', link: '', baseBlogUrl: '', wxrVersion: '', authors: [], terms: [] };
  const parser = new SaxesParser({ fileName: file });
  const stack: string[] = [];
  let text = '';
  let item: WxrItem | undefined;
  let author: Partial<WxrAuthor> | undefined;
  let term: (Partial<WxrTerm> & { taxonomy: WxrTerm['taxonomy'] }) | undefined;
  let meta: { key: string; value: string } | undefined;
  let itemTerm: WxrItemTerm | undefined;
  let inComment = false;

  parser.on('opentag', (tag: SaxesTag) => {
    stack.push(tag.name);
    text = '';
    const name = tag.name;
    if (name === 'item') item = emptyItem();
    else if (name === 'wp:author' && !item) author = {};
    else if (name === 'wp:category' && !item) term = { taxonomy: 'category' };
    else if (name === 'wp:tag' && !item) term = { taxonomy: 'post_tag' };
    else if (name === 'wp:term' && !item) term = { taxonomy: 'category' };
    else if (item && name === 'wp:comment') inComment = true;
    else if (item && name === 'wp:postmeta') meta = { key: '', value: '' };
    else if (item && name === 'category' && stack.length >= 2 && stack[stack.length - 2] === 'item') {
      const attribute = (name: string) => {
        const value = tag.attributes[name];
        return typeof value === 'string' ? value : (value?.value ?? '');
      };
      itemTerm = { domain: attribute('domain'), nicename: attribute('nicename'), name: '' };
    } else if (item && name === 'content:encoded') item.contentLine = parser.line;
  });
  const collect = (chunk: string) => {
    if (options.skipContent && stack[stack.length - 1] === 'content:encoded') return;
    text += chunk;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', (tag) => {
    const name = tag.name;
    stack.pop();
    const value = text;
    text = '';
    if (item) {
      if (name === 'item') {
        options.onItem(item);
        item = undefined;
      } else if (inComment) {
        if (name === 'wp:comment') inComment = false;
      } else if (meta) {
        if (name === 'wp:meta_key') meta.key = value.trim();
        else if (name === 'wp:meta_value') meta.value = value;
        else if (name === 'wp:postmeta') {
          item.meta[meta.key] = meta.value;
          meta = undefined;
        }
      } else if (itemTerm && name === 'category') {
        itemTerm.name = value.trim();
        item.terms.push(itemTerm);
        itemTerm = undefined;
      } else if (name === 'wp:is_sticky') {
        item.sticky = value.trim() === '1';
      } else if (stack[stack.length - 1] === 'item') {
        const field = ITEM_FIELDS[name];
        if (field) (item as unknown as Record<string, string>)[field] = field === 'content' ? value : value.trim();
      }
      return;
    }
    if (author) {
      if (name === 'wp:author_login') author.login = value.trim();
      else if (name === 'wp:author_email') author.email = value.trim();
      else if (name === 'wp:author_display_name') author.displayName = value.trim();
      else if (name === 'wp:author') {
        channel.authors.push({
          login: author.login ?? '',
          email: author.email ?? '',
          displayName: author.displayName || author.login || '',
        });
        author = undefined;
      }
      return;
    }
    if (term) {
      if (name === 'wp:category_nicename' || name === 'wp:tag_slug' || name === 'wp:term_slug')
        term.slug = value.trim();
      else if (name === 'wp:cat_name' || name === 'wp:tag_name' || name === 'wp:term_name') term.name = value.trim();
      else if (name === 'wp:category_parent' || name === 'wp:term_parent') term.parent = value.trim();
      else if (name === 'wp:category_description' || name === 'wp:tag_description' || name === 'wp:term_description')
        term.description = value.trim();
      else if (name === 'wp:term_taxonomy') {
        const taxonomy = value.trim();
        term.taxonomy = taxonomy === 'post_tag' ? 'post_tag' : taxonomy === 'category' ? 'category' : term.taxonomy;
        if (taxonomy !== 'post_tag' && taxonomy !== 'category') term.slug = undefined; // nav_menu and others
      } else if (name === 'wp:category' || name === 'wp:tag' || name === 'wp:term') {
        if (term.slug) {
          channel.terms.push({
            taxonomy: term.taxonomy,
            slug: term.slug,
            name: term.name || term.slug,
            parent: term.parent ?? '',
            description: term.description ?? '',
          });
        }
        term = undefined;
      }
      return;
    }
    if (stack[stack.length - 1] === 'channel') {
      if (name === 'title') channel.title = value.trim();
      else if (name === 'link') channel.link = value.trim();
      else if (name === 'wp:base_blog_url') channel.baseBlogUrl = value.trim();
      else if (name === 'wp:wxr_version') channel.wxrVersion = value.trim();
    }
  });

  return new Promise((resolve, reject) => {
    let failed = false;
    parser.on('error', (error) => {
      failed = true;
      reject(new Error(`${file}: not a readable WordPress export: ${error.message}`));
    });
    const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    stream.on('data', (chunk) => {
      if (failed) return;
      try {
        parser.write(chunk);
      } catch (error) {
        failed = true;
        stream.destroy();
        reject(new Error(`${file}: not a readable WordPress export: ${(error as Error).message}`));
      }
    });
    stream.on('error', (error) => reject(new Error(`${file}: cannot be read: ${error.message}`)));
    stream.on('end', () => {
      if (failed) return;
      try {
        parser.close();
      } catch (error) {
        reject(new Error(`${file}: not a readable WordPress export: ${(error as Error).message}`));
        return;
      }
      if (!channel.wxrVersion) {
        reject(
          new Error(`${file}: has no <wp:wxr_version>; it is not a WordPress export (make one with Tools → Export)`),
        );
        return;
      }
      resolve(channel);
    });
  });
}
