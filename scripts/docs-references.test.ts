/**
 * Every repository path the project cites in prose (code comments, lint messages, docs) names a
 * file or folder that exists, so a newcomer who follows a pointer lands somewhere (issue 26).
 * A decision record is cited by number: docs/decisions/023 matches 023-*.md whatever its title.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** Files whose text is scanned for citations. */
const scannedExtensions = /\.(ts|tsx|js|mjs|cjs|md|conf)$/;
/** Generated or installed trees, not the project's own words; also every dot folder (.next*, .git, .contentlayer). */
const skippedFolders = new Set(['node_modules', 'out', 'test-results', 'e2e-results', 'playwright-report', 'content']);

/** Top-level folders whose paths count as citations; anything else (URLs, package names) is not ours. */
const citedRoots = [
  'app',
  'components',
  'lib',
  'server',
  'scripts',
  'e2e',
  'eslint-rules',
  'docs',
  'test',
  'public/js',
];
/** Files at the top of the repository that prose names on their own. */
const topLevelFiles =
  /(?<![\w./@-])((?:proxy|next\.config|contentlayer\.config|eslint\.config|vitest\.config|playwright(?:\.\w+)?\.config)\.(?:ts|js|mjs))\b/g;
/** A bare Markdown file name in capitals (DESIGN.md, EDITING.md): it must exist somewhere in the repository. */
const bareMarkdown = /(?<![\w./@-])([A-Z][A-Z0-9_-]+\.md)\b/g;
/** A path relative to the citing file, named with its extension (./changes.ts, ../layout.keystatic.tsx). */
const relativePath = /(?<![\w./@~-])(\.\.?\/[\w./[\]-]+\.(?:ts|tsx|js|mjs|cjs|md))\b/g;
/** A Markdown link's target on this site's files: not a URL, an absolute site path or an anchor. */
const markdownLink = /\]\((?!https?:|mailto:|#|\/)([^)\s#]+)(?:#[^)\s]*)?\)/g;
/** Extensions a path may leave off (`lib/build/manifest` is lib/build/manifest.ts). */
const impliedExtensions = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '.md'];

export interface Citation {
  file: string;
  line: number;
  cited: string;
}

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (scannedExtensions.test(entry.name)) found.push(full);
  }
  return found;
}

const pathPattern = new RegExp(
  // Not preceded by a path character (so /lib/x in a URL, @/lib/x and ../lib/x are not citations).
  String.raw`(?<![\w./@~-])((?:${citedRoots.map((folder) => folder.replace('/', '\\/')).join('|')})\/[\w./()\[\]-]*)`,
  'g',
);

/** The repository paths a text cites, with their line numbers. */
export function citationsIn(text: string): { line: number; cited: string }[] {
  const citations: { line: number; cited: string }[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const pattern of [pathPattern, topLevelFiles, bareMarkdown]) {
      for (const match of lineText.matchAll(pattern)) {
        // A Markdown link, [docs/x.md](docs/x.md), is two citations of one path.
        const raw = (match[1] ?? '').split('](')[0] ?? '';
        const before = lineText.slice(0, match.index);
        const after = lineText.slice(match.index + raw.length);
        // A template (`content/articles/<year>/…`, `lib/${name}`, `docs/decisions/NNN-title.md`) names no one file.
        if (/^[<{$*…]/.test(after) || /NNN|XXX/.test(raw)) continue;
        // An old name marked as old: "(was `lib/x.ts`)", "`lib/x.ts` (now lib/y.ts)".
        if (/\b(?:was|formerly)\s+`?$/.test(before) || /^[`.]?\s*\(now\b/.test(after)) continue;
        // A path joined onto another folder (path.join(next, 'server/app')) is not the repository's.
        if (/path\.(?:join|resolve)\([^)]*$/.test(before)) continue;
        // Sentence punctuation and a folder's closing slash are not part of the name.
        const cited = raw.replace(/[.)]+$/, '').replace(/\/+$/, '');
        // Unbalanced brackets mean the match ran into markdown or code around the path.
        const trimmed = cited.split('(').length < cited.split(')').length ? cited.replace(/\).*$/, '') : cited;
        citations.push({ line: index + 1, cited: trimmed });
      }
    }
  });
  return citations;
}

/**
 * The paths a text cites relative to its own folder, named with their extension: in Markdown
 * anywhere, in code only on comment lines (a test's command lines name made-up files); and in
 * Markdown, every link's target that is a file of the repository ([001](001-title.md)).
 */
export function relativeCitationsIn(text: string, markdown: boolean): { line: number; cited: string }[] {
  return text
    .split('\n')
    .flatMap((lineText, index) =>
      [
        ...(markdown || /^\s*(?:\/\/|\/\*|\*)/.test(lineText) ? lineText.matchAll(relativePath) : []),
        ...(markdown ? lineText.matchAll(markdownLink) : []),
      ].map((match) => ({ line: index + 1, cited: match[1] ?? '' })),
    );
}

const decisions = readdirSync(path.join(root, 'docs/decisions'));
const allFileNames = new Set(walk(root).map((file) => path.basename(file)));

/** True when a cited path names something in the repository. */
export function exists(cited: string): boolean {
  const decision = /^docs\/decisions\/(\d{3})(-[\w-]*)?(?:\.md)?$/.exec(cited);
  if (decision) {
    // By number only (docs/decisions/023), or by its current full name, with or without .md.
    const [, number, title] = decision;
    const named = decisions.find((name) => name.startsWith(`${number ?? ''}-`));
    return named !== undefined && (title === undefined || named === `${number ?? ''}${title}.md`);
  }
  if (!cited.includes('/') && !existsSync(path.join(root, cited))) return allFileNames.has(cited);
  return impliedExtensions.some((extension) => {
    const full = path.join(root, cited + extension);
    return existsSync(full) && (extension === '' || statSync(full).isFile());
  });
}

function staleCitations(): Citation[] {
  const stale: Citation[] = [];
  for (const file of walk(root)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (relative === 'scripts/docs-references.test.ts') continue; // its own examples are made up
    const text = readFileSync(file, 'utf8');
    for (const { line, cited } of citationsIn(text)) {
      if (!exists(cited)) stale.push({ file: relative, line, cited });
    }
    for (const { line, cited } of relativeCitationsIn(text, file.endsWith('.md'))) {
      if (!existsSync(path.resolve(path.dirname(file), cited))) stale.push({ file: relative, line, cited });
    }
  }
  return stale;
}

describe('paths cited in comments, lint messages and docs', () => {
  it('finds the paths a comment cites and leaves URLs, imports and templates alone', () => {
    const text = [
      ' * Served by app/paged.ts (docs/decisions/023), see DESIGN.md and proxy.ts.',
      "import { x } from '@/lib/content'; fetch('/lib/x'); const y = '../lib/build';",
      ' * Write content/articles/<year>/<slug>.mdx, or docs/decisions/NNN-title.md, lib/${name}.',
      ' * Then `lib/content/store-writer.ts` (now lib/build/store-writer.ts); lib/paths.ts (was lib/content/store-files.ts).',
      " * See [docs/EDITING.md](docs/EDITING.md); countHtml(path.join(next, 'server/app')).",
    ].join('\n');
    expect(citationsIn(text).map((citation) => citation.cited)).toEqual([
      'app/paged.ts',
      'docs/decisions/023',
      'proxy.ts',
      'DESIGN.md',
      'lib/build/store-writer.ts',
      'lib/paths.ts',
      'docs/EDITING.md',
    ]);
  });

  it('finds paths relative to the citing file on comment lines only', () => {
    const text = [' * Step 1 (./changes.ts), then ../layout.tsx.', "run('node --require ./x.cjs a.js');"].join('\n');
    expect(relativeCitationsIn(text, false).map((citation) => citation.cited)).toEqual([
      './changes.ts',
      '../layout.tsx',
    ]);
    expect(relativeCitationsIn(text, true)).toHaveLength(3);
    const links = '| [001](001-validate.md) | [site](https://example.org) [top](#top) [x](docs/x.md#part)';
    expect(relativeCitationsIn(links, true).map((citation) => citation.cited)).toEqual([
      '001-validate.md',
      'docs/x.md',
    ]);
  });

  it('knows a stale path from a live one, and a decision record by its number', () => {
    expect(exists('app/paged.ts')).toBe(false);
    expect(exists('app/paged-fronts.tsx')).toBe(true);
    expect(exists('lib/build/manifest')).toBe(true); // the extension may be left off
    expect(exists('lib/content')).toBe(true); // a folder
    expect(exists('docs/decisions/023')).toBe(true);
    expect(exists('docs/decisions/023-publish-without-a-build.md')).toBe(true);
    expect(exists('docs/decisions/030-privacy-first-embeds.md')).toBe(false); // an old name
    expect(exists('docs/decisions/999')).toBe(false);
    expect(exists('DESIGN.md')).toBe(false);
  });

  it('every cited path exists', () => {
    const stale = staleCitations().map(({ file, line, cited }) => `${file}:${String(line)}: ${cited} does not exist`);
    expect(stale, 'fix the path, or the file it points to was moved or renamed').toEqual([]);
  });
});
