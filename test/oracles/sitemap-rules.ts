/**
 * What the sitemap protocol 0.9 and the Google News extension require, checked in code so the
 * tests run from a clone (the published XSDs are only needed to validate by hand with xmllint).
 * Each check returns every problem it finds, as "where: what".
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
/** W3C Datetime as the schemas accept it: xsd:date or xsd:dateTime with a zone. */
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

type Node = Record<string, unknown>;
/** A parsed value as a message shows it: text as it is, anything else (a number, an element) as JSON. */
const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap'].includes(name),
});

function parse(xml: string, root: string, problems: string[]): Node | undefined {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    problems.push(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return undefined;
  }
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'))
    problems.push('the file must start with an XML declaration in UTF-8');
  const doc = parser.parse(xml) as Node;
  const node = doc[root] as Node | undefined;
  if (!node) problems.push(`the root element must be <${root}>`);
  else if (node['@xmlns'] !== SITEMAP_NS) problems.push(`<${root}> must declare xmlns="${SITEMAP_NS}"`);
  return node;
}

function checkLoc(loc: unknown, where: string, problems: string[]) {
  if (typeof loc !== 'string') return problems.push(`${where}: <loc> is required`);
  if (loc.length < 12 || loc.length > 2048) problems.push(`${where}: <loc> must be 12 to 2,048 characters`);
  if (!/^https?:\/\/[^/]+/.test(loc)) problems.push(`${where}: <loc> must be an absolute http(s) URL`);
}

function checkDate(value: unknown, element: string, where: string, problems: string[]) {
  if (value !== undefined && !(typeof value === 'string' && W3C_DATETIME.test(value))) {
    problems.push(`${where}: <${element}> must be a W3C datetime, got ${shown(value)}`);
  }
}

function entries(node: Node | undefined, child: string, problems: string[], root: string): Node[] {
  const list = (node?.[child] as Node[] | undefined) ?? [];
  if (node && list.length === 0) problems.push(`<${root}> must contain at least one <${child}>`);
  if (list.length > 50_000) problems.push(`<${root}> has ${list.length} entries; the protocol allows 50,000`);
  return list;
}

export function checkUrlset(xml: string): string[] {
  const problems: string[] = [];
  const urlset = parse(xml, 'urlset', problems);
  for (const [i, url] of entries(urlset, 'url', problems, 'urlset').entries()) {
    const where = `url ${i + 1}`;
    checkLoc(url.loc, where, problems);
    checkDate(url.lastmod, 'lastmod', where, problems);
  }
  return problems;
}

export function checkSitemapIndex(xml: string): string[] {
  const problems: string[] = [];
  const index = parse(xml, 'sitemapindex', problems);
  for (const [i, sitemap] of entries(index, 'sitemap', problems, 'sitemapindex').entries()) {
    checkLoc(sitemap.loc, `sitemap ${i + 1}`, problems);
    checkDate(sitemap.lastmod, 'lastmod', `sitemap ${i + 1}`, problems);
  }
  return problems;
}

/** Google News: news:news with publication (name, language), publication_date and title, at most 1,000. */
export function checkNewsSitemap(xml: string): string[] {
  const problems: string[] = [];
  const urlset = parse(xml, 'urlset', problems);
  if (urlset && urlset['@xmlns:news'] !== NEWS_NS) problems.push(`<urlset> must declare xmlns:news="${NEWS_NS}"`);
  const urls = (urlset?.url as Node[] | undefined) ?? [];
  if (urls.length > 1_000) problems.push(`${urls.length} URLs; Google News reads at most 1,000`);
  for (const [i, url] of urls.entries()) {
    const where = `url ${i + 1}`;
    checkLoc(url.loc, where, problems);
    const news = url['news:news'] as Node | undefined;
    if (!news || Array.isArray(news)) {
      problems.push(`${where}: exactly one <news:news> is required`);
      continue;
    }
    const publication = news['news:publication'] as Node | undefined;
    if (!publication) problems.push(`${where}: <news:publication> is required`);
    else {
      if (typeof publication['news:name'] !== 'string' || !publication['news:name'])
        problems.push(`${where}: <news:name> is required`);
      const language = publication['news:language'];
      if (typeof language !== 'string' || !/^(zh-cn|zh-tw|[a-z]{2,3})$/.test(language)) {
        problems.push(`${where}: <news:language> must be an ISO 639 code, got ${shown(language)}`);
      }
    }
    if (news['news:publication_date'] === undefined) problems.push(`${where}: <news:publication_date> is required`);
    checkDate(news['news:publication_date'], 'news:publication_date', where, problems);
    if (typeof news['news:title'] !== 'string' || !news['news:title'])
      problems.push(`${where}: <news:title> is required`);
    // The schema fixes the order of news:news's children.
    const order = ['news:publication', 'news:publication_date', 'news:title'].map((name) =>
      xmlIndexOf(xml, url.loc as string, name),
    );
    if (order.some((position, j) => j > 0 && position < (order[j - 1] as number)))
      problems.push(`${where}: news:publication, publication_date and title must come in that order`);
  }
  return problems;
}

/** Position of an element inside the <url> whose <loc> is `loc` (for order checks). */
function xmlIndexOf(xml: string, loc: string, element: string): number {
  const start = xml.indexOf(`<loc>${loc.replace(/&/g, '&amp;')}</loc>`);
  return xml.indexOf(`<${element}>`, start);
}

/** The <loc> and <lastmod> of every entry of a urlset. */
export function urlsetEntries(xml: string): { loc: string; lastmod?: string }[] {
  const urls = ((parser.parse(xml) as Node).urlset as Node | undefined)?.url as Node[] | undefined;
  return (urls ?? []).map((url) => ({
    loc: String(url.loc),
    ...(url.lastmod ? { lastmod: shown(url.lastmod) } : {}),
  }));
}

export function newsEntries(xml: string): { loc: string; title: string; published: string }[] {
  const urls = ((parser.parse(xml) as Node).urlset as Node | undefined)?.url as Node[] | undefined;
  return (urls ?? []).map((url) => {
    const news = url['news:news'] as Node;
    return {
      loc: String(url.loc),
      title: String(news['news:title']),
      published: String(news['news:publication_date']),
    };
  });
}
