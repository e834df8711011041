/**
 * The site's stylesheet as readers get it: the CSS files of the reader site's build (.next, made
 * by `npm run build` on the same host), in the order the prerendered home page links them. The
 * preview page inlines it (its Content-Security-Policy names its hash), so a stranger's browser
 * loads nothing else from the desk. Read once per build of the site (its BUILD_ID); '' when the
 * site is not built here, and the preview is then unstyled but complete.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: { root: string; build: string; css: string } | undefined;

const readText = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** Stylesheets a prerendered page links, in order, as paths under .next/. */
function linkedSheets(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .map((tag) => /href="\/_next\/(static\/[^"?#]+\.css)"/.exec(tag[0])?.[1])
    .filter((href): href is string => href !== undefined && !href.includes('..'));
}

function everySheet(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => path.posix.join('static', name.split(path.sep).join('/')));
}

export function siteCss(root: string): string {
  const dist = path.join(root, '.next');
  const build = readText(path.join(dist, 'BUILD_ID'))?.trim();
  if (!build) return '';
  if (cached?.root === root && cached.build === build) return cached.css;
  const home = readText(path.join(dist, 'server', 'app', 'index.html'));
  const sheets = home ? linkedSheets(home) : [];
  const css = [...new Set(sheets.length ? sheets : everySheet(path.join(dist, 'static')))]
    .map((sheet) => readText(path.join(dist, sheet)) ?? '')
    // A closing tag inside a <style> would end it: the site's CSS never has one; make sure.
    .map((text) => text.replace(/<\/style/gi, '<\\/style'))
    .join('\n');
  cached = { root, build, css };
  return css;
}
