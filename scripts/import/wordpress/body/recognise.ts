/**
 * The one pass over a post's HTML tree that knows Dateline's components. Each recognised
 * structure is replaced by a placeholder element carrying the component (convert.ts writes it
 * as MDX); anything the site cannot carry safely is replaced by a plain link to its address,
 * or removed, and always reported with its line.
 */
import type { Element, ElementContent, Parents, Root } from 'hast';
import { toText } from 'hast-util-to-text';

import type { BodyNote, JsxSpec } from './convert';
import { embedFor } from './embeds';

export const JSX_TAG = 'dateline-component';

export interface Picture {
  /** Path under public/, from the site root. */
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** True when the alt text was made up because WordPress had none. */
  madeUpAlt?: boolean;
}

export interface BodyContext {
  /** The post's headline: names galleries and embeds that have no title of their own. */
  title: string;
  /** The picture at this address (or of this attachment id), copied into public/, or undefined when it cannot be. */
  picture: (address: string, attachmentId?: string, alt?: string, caption?: string) => Picture | undefined;
  /** The address of an attachment, by its id (galleries name pictures by id). */
  attachmentAddress: (id: string) => string | undefined;
  /** The ids of the pictures uploaded to this post: a [gallery] without ids shows them, as in WordPress. */
  ownAttachments: () => string[];
  /** The new address of a link to an imported post, or undefined when it is not one. */
  newAddress: (href: string) => string | undefined;
  /** The slug of an imported, published story a link points to, for <AlsoRead>. */
  alsoReadSlug: (href: string) => string | undefined;
}

type Note = (note: BodyNote) => void;

const classesOf = (element: Element): string[] => {
  const value = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  const text: string = typeof value === 'string' ? value : '';
  return text === '' ? [] : text.split(/\s+/);
};
const hasClass = (element: Element, name: string | RegExp) =>
  classesOf(element).some((item) => (typeof name === 'string' ? item === name : name.test(item)));
const prop = (element: Element, name: string): string => {
  const value = element.properties[name];
  return value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
};
const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;
const isElement = (node: ElementContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function component(spec: JsxSpec, line: number): Element {
  return {
    type: 'element',
    tagName: JSX_TAG,
    properties: { dataSpec: JSON.stringify(spec) },
    children: [],
    position: { start: { line, column: 1 }, end: { line, column: 1 } },
  };
}

const link = (href: string, text: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href },
  children: [{ type: 'text', value: text }],
});

const paragraph = (...children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children,
});

function findAll(node: Element | Root, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    findAll(child, test, found);
  }
  return found;
}

/** Meaningful children: elements and text that is not whitespace or a <br>. */
const meaningful = (element: Element) =>
  element.children.filter(
    (child) =>
      (child.type === 'element' && child.tagName !== 'br') || (child.type === 'text' && child.value.trim() !== ''),
  );

/** The <img> a block holds alone (optionally inside a link), or undefined. */
function loneImage(element: Element): Element | undefined {
  const inside = meaningful(element);
  if (inside.length !== 1) return undefined;
  const only = inside[0];
  if (isElement(only, 'img')) return only;
  if (isElement(only, 'a')) {
    const inLink = meaningful(only);
    if (inLink.length === 1 && isElement(inLink[0], 'img')) return inLink[0];
  }
  return undefined;
}

const attachmentIdOf = (img: Element): string | undefined =>
  /^wp-image-(\d+)$/.exec(classesOf(img).find((name) => name.startsWith('wp-image-')) ?? '')?.[1];

export function recognise(tree: Root, context: BodyContext, note: Note): void {
  let galleries = 0;
  const pictureFrom = (img: Element, caption: string, attachmentId?: string) => {
    const address = prop(img, 'src');
    const alt = clean(prop(img, 'alt'));
    const picture = context.picture(address, attachmentId ?? attachmentIdOf(img), alt, caption);
    return { address, alt, picture };
  };

  /** A picture the site cannot carry: a link to where it was, and a note. */
  const pictureLink = (address: string, text: string, line: number, why: string): Element => {
    note({ line, what: why, kept: address });
    return paragraph(link(address, text || address));
  };

  function figure(img: Element, caption: string, line: number, attachmentId?: string): Element {
    const { address, alt, picture } = pictureFrom(img, caption, attachmentId);
    if (!picture)
      return pictureLink(address, alt || caption, line, 'picture not carried over (not found in the uploads folder)');
    if (picture.madeUpAlt) note({ line, what: 'picture has no alt text in WordPress; a placeholder was written' });
    const props: Record<string, string> = { src: picture.src, alt: picture.alt };
    if (picture.caption) props.caption = picture.caption;
    if (picture.credit) props.credit = picture.credit;
    return component({ name: 'Figure', props }, line);
  }

  function gallery(
    images: { img?: Element; address?: string; id?: string; caption: string }[],
    line: number,
  ): Element[] {
    const photos: JsxSpec[] = [];
    const missing: string[] = [];
    for (const item of images) {
      const address = item.address ?? (item.img ? prop(item.img, 'src') : '');
      const alt = item.img ? clean(prop(item.img, 'alt')) : '';
      const picture = address ? context.picture(address, item.id, alt, item.caption) : undefined;
      if (!picture) {
        if (address) missing.push(address);
        else note({ line, what: `gallery picture ${item.id ?? ''} is not in the export` });
        continue;
      }
      if (picture.madeUpAlt)
        note({ line, what: 'gallery picture has no alt text in WordPress; a placeholder was written' });
      const props: Record<string, string> = { src: picture.src, alt: picture.alt };
      if (picture.caption) props.caption = picture.caption;
      if (picture.credit) props.credit = picture.credit;
      photos.push({ name: 'Photo', props });
    }
    const out: Element[] = [];
    if (photos.length >= 2) {
      // Each gallery of a story needs its own title: its pictures' addresses are made from it.
      galleries += 1;
      const title = galleries === 1 ? `Pictures: ${context.title}` : `Pictures (${galleries}): ${context.title}`;
      out.push(component({ name: 'Gallery', props: { title }, children: photos }, line));
    } else if (photos.length === 1 && photos[0]) {
      out.push(component({ name: 'Figure', props: photos[0].props }, line));
      note({ line, what: 'gallery with one picture carried over became a single Figure' });
    }
    for (const address of missing) {
      note({ line, what: 'gallery picture not carried over (not found in the uploads folder)', kept: address });
      out.push(paragraph(link(address, address.split('/').pop() ?? address)));
    }
    return out;
  }

  function embed(address: string, title: string, line: number): Element | undefined {
    const found = embedFor(address);
    if (!found) return undefined;
    return component(
      {
        name: found.component,
        props: {
          [found.attribute]: found.value,
          title: clean(title) || `${found.provider} embed in “${context.title}”`,
        },
      },
      line,
    );
  }

  /** A provider's embed markup (its blockquote) → the component, by the post's address in it. */
  function quotedEmbed(element: Element, line: number): Element | undefined {
    const addresses = [
      prop(element, 'dataInstgrmPermalink'),
      ...findAll(element, (child) => child.tagName === 'a').map((anchor) => prop(anchor, 'href')),
    ].filter(Boolean);
    // The post's own address is usually the last link (after links to mentioned accounts).
    for (const address of addresses.reverse()) {
      const found = embed(address, clean(toText(element)).slice(0, 120), line);
      if (found) return found;
    }
    return undefined;
  }

  function replaceUnsafe(element: Element, line: number): Element[] {
    const source = prop(element, 'src') || prop(element, 'data') || prop(element, 'href') || prop(element, 'action');
    const address = /^https?:\/\//.test(source) ? source : '';
    const sources = findAll(element, (child) => child.tagName === 'source').map((child) => prop(child, 'src'));
    const kept = address || sources.find((item) => /^https?:\/\//.test(item)) || '';
    const what =
      element.tagName === 'iframe'
        ? `iframe from ${address ? new URL(address).hostname : 'an unknown address'} (no component for it)`
        : `<${element.tagName}>${element.tagName === 'script' || element.tagName === 'style' ? ' removed' : ''}`;
    note({ line, what, ...(kept ? { kept } : {}) });
    return kept ? [paragraph(link(kept, kept))] : [];
  }

  /** Returns what replaces `element`, or undefined to keep it (and look inside). */
  function visit(element: Element): Element[] | undefined {
    const line = lineOf(element);
    const tag = element.tagName;
    if (tag === 'script' || tag === 'style' || tag === 'link' || tag === 'meta' || tag === 'noscript') {
      // A provider's embed script beside its blockquote is that embed's loader, replaced by the component.
      if (
        tag === 'script' &&
        /(platform\.twitter\.com|instagram\.com\/embed|embed\.bsky\.app|\/embed\.js)/.test(prop(element, 'src'))
      )
        return [];
      return replaceUnsafe(element, line);
    }
    if (tag === 'iframe') {
      const found = embed(prop(element, 'src'), prop(element, 'title'), line);
      return found ? [found] : replaceUnsafe(element, line);
    }
    if (
      ['object', 'embed', 'form', 'video', 'audio', 'canvas', 'svg', 'input', 'button', 'select', 'textarea'].includes(
        tag,
      )
    )
      return replaceUnsafe(element, line);
    if (tag === 'blockquote' || tag === 'figure') {
      if (hasClass(element, /^(twitter-tweet|instagram-media|bluesky-embed|mastodon-embed|twitter-video)$/)) {
        const found = quotedEmbed(element, line);
        if (found) return [found];
      }
      if (hasClass(element, /pullquote/)) {
        const cite = findAll(element, (child) => child.tagName === 'cite')[0];
        const citeText = cite ? clean(toText(cite)) : '';
        if (cite) cite.children = [];
        const words = clean(toText(element));
        return [component({ name: 'PullQuote', props: citeText ? { cite: citeText } : {}, text: words }, line)];
      }
    }
    if (tag === 'figure' && hasClass(element, 'wp-block-embed')) {
      const address = clean(toText(element)).split(' ')[0] ?? '';
      const caption = findAll(element, (child) => child.tagName === 'figcaption')[0];
      const found = embed(address, caption ? toText(caption) : '', line);
      if (found) return [found];
      const iframe = findAll(element, (child) => child.tagName === 'iframe')[0];
      if (iframe) return replaceUnsafe(iframe, line);
      note({
        line,
        what: `embed of ${address || 'an unknown address'} (no component for this provider)`,
        ...(address ? { kept: address } : {}),
      });
      return /^https?:\/\//.test(address) ? [paragraph(link(address, address))] : [];
    }
    if (hasClass(element, 'gallery') || hasClass(element, 'wp-block-gallery') || hasClass(element, 'tiled-gallery')) {
      const marked = element.properties.dataIds !== undefined;
      const ids = marked ? prop(element, 'dataIds') || context.ownAttachments().join(',') : '';
      if (ids) {
        return gallery(
          ids
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean)
            .map((id) => ({ id, address: context.attachmentAddress(id), caption: '' })),
          Number(prop(element, 'dataLine')) || line,
        );
      }
      if (marked) {
        note({
          line: Number(prop(element, 'dataLine')) || line,
          what: '[gallery] without pictures: the post has no uploaded pictures in the export',
        });
        return [];
      }
      const images = findAll(element, (child) => child.tagName === 'img').map((img) => {
        const holder = findAll(
          element,
          (child) =>
            (child.tagName === 'figure' || child.tagName === 'dl') && findAll(child, (x) => x === img).length > 0,
        )[0];
        const caption = holder
          ? findAll(holder, (child) => child.tagName === 'figcaption' || hasClass(child, 'wp-caption-text'))[0]
          : undefined;
        return { img, caption: caption ? clean(toText(caption)) : '', id: attachmentIdOf(img) ?? prop(img, 'dataId') };
      });
      if (images.length > 0) return gallery(images, line);
    }
    if (tag === 'figure' || (tag === 'div' && hasClass(element, 'wp-caption'))) {
      const images = findAll(element, (child) => child.tagName === 'img');
      if (images.length === 1 && images[0]) {
        const caption = findAll(
          element,
          (child) => child.tagName === 'figcaption' || hasClass(child, 'wp-caption-text'),
        )[0];
        return [
          figure(images[0], caption ? clean(toText(caption)) : '', line, prop(element, 'dataAttachment') || undefined),
        ];
      }
    }
    if (tag === 'p') {
      const img = loneImage(element);
      if (img) return [figure(img, '', line)];
      const text = clean(toText(element));
      const anchors = findAll(element, (child) => child.tagName === 'a');
      if (/^https?:\/\/\S+$/.test(text) && meaningful(element).length <= 1) {
        // WordPress's auto-embed: a paragraph that is only an address.
        const found = embed(text, '', line);
        if (found) return [found];
      }
      if (/^also read\b/i.test(text) && anchors.length === 1 && anchors[0]) {
        const slug = context.alsoReadSlug(prop(anchors[0], 'href'));
        if (slug) return [component({ name: 'AlsoRead', props: { slug } }, line)];
        note({
          line,
          what: '"ALSO READ" link to a story that is not imported and published; kept as a link',
          kept: prop(anchors[0], 'href'),
        });
      }
    }
    if (tag === 'img') {
      const address = prop(element, 'src');
      note({ line, what: 'picture inside text kept as a link (a Figure stands on its own line)', kept: address });
      return [link(address, clean(prop(element, 'alt')) || address.split('/').pop() || address)];
    }
    // The page's one level-1 heading is the headline; a body's own h1 becomes the level below.
    if (tag === 'h1') element.tagName = 'h2';
    if (tag === 'a') {
      const href = prop(element, 'href');
      const moved = href ? context.newAddress(href) : undefined;
      if (moved) element.properties.href = moved;
    }
    return undefined;
  }

  function walk(parent: Parents): void {
    const next: (typeof parent.children)[number][] = [];
    for (const child of parent.children) {
      // Block-editor markers (<!-- wp:… -->), <!--more--> and editors' comments: WordPress prints none of them.
      if (child.type === 'comment') continue;
      if (child.type !== 'element') {
        next.push(child);
        continue;
      }
      const replaced = visit(child);
      if (replaced) next.push(...replaced);
      else {
        walk(child);
        next.push(child);
      }
    }
    parent.children = next;
  }
  walk(tree);
}
