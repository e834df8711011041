/**
 * Reading one content file: bytes → text → frontmatter data + body, with every problem found
 * on the way reported rather than thrown.
 */
import { isMap, parseDocument } from 'yaml';

import type { Problem } from './problem';

export interface ParsedFile {
  /** Frontmatter (or the whole YAML document) as plain data; undefined when it cannot be read. */
  data?: Record<string, unknown>;
  /** MDX body below the frontmatter ('' for YAML files). */
  body: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
  /** Line of each top-level key, for pointing at the right line in messages. */
  keyLines: Map<string, number>;
  problems: Problem[];
}

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/;

export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; problem?: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return {
      problem: {
        file,
        field: 'file',
        message: 'is not valid UTF-8 text',
        fix: 'save the file with UTF-8 encoding (in most editors: "Save with encoding" → UTF-8)',
      },
    };
  }
}

export function parseSourceFile(file: string, text: string, kind: 'mdx' | 'yaml'): ParsedFile {
  const problems: Problem[] = [];
  if (text.includes('\r')) {
    return {
      body: '',
      bodyLine: 1,
      keyLines: new Map(),
      problems: [
        {
          file,
          field: 'file',
          message: 'uses Windows (CRLF) or old Mac (CR) line endings',
          fix: 'save it with LF line endings (VS Code: click "CRLF" in the status bar and choose "LF"; git: set core.autocrlf=input)',
        },
      ],
    };
  }

  let yamlText = text;
  let yamlFirstLine = 1;
  let body = '';
  let bodyLine = 1;
  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({
        file,
        line: 1,
        field: 'frontmatter',
        message: 'the file does not start with a frontmatter block',
        fix: 'begin the file with a line "---", the fields, and another line "---" before the text',
      });
      return { body: text, bodyLine: 1, keyLines: new Map(), problems };
    }
    yamlText = match[1] ?? '';
    yamlFirstLine = 2;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  }

  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: true });
  // Repeated fields are named once each, whatever number of errors the parser raised for them.
  const repeated = document.errors.some((error) => /unique/i.test(error.message))
    ? duplicateKeyProblems(file, yamlText, yamlFirstLine)
    : [];
  problems.push(...repeated);
  for (const error of document.errors) {
    const yamlLine = error.linePos?.[0]?.line ?? 1;
    const key = /^\s*([A-Za-z_][\w-]*):/.exec(yamlText.split('\n')[yamlLine - 1] ?? '')?.[1];
    if (/unique/i.test(error.message)) {
      // Never let a repeat pass unreported, even in a shape the line scan above does not follow.
      if (repeated.length === 0) {
        problems.push({
          file,
          line: yamlLine + yamlFirstLine - 1,
          field: 'frontmatter',
          message: 'a field is given twice',
          fix: 'keep one of the two lines',
        });
      }
      continue;
    }
    problems.push({
      file,
      line: yamlLine + yamlFirstLine - 1,
      field: key ?? 'frontmatter',
      message: `is not valid YAML (${error.message.split('\n')[0]})`,
      fix: 'check the indentation, and put text that contains a colon or quotes inside double quotes',
    });
  }
  if (document.errors.length > 0) return { body, bodyLine, keyLines: new Map(), problems };

  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    const lineOf = (offset: number) => yamlText.slice(0, offset).split('\n').length + yamlFirstLine - 1;
    for (const pair of document.contents.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (key?.range) keyLines.set(String(key.value), lineOf(key.range[0]));
    }
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      line: yamlFirstLine,
      field: 'frontmatter',
      message: data == null ? 'has no fields' : 'is not a list of "field: value" lines',
      fix: 'write one "field: value" per line, e.g. title: "Headline"',
    });
    return { body, bodyLine, keyLines, problems };
  }
  return { data: data as Record<string, unknown>, body, bodyLine, keyLines, problems };
}

/**
 * The YAML parser only says "keys must be unique"; name the field (dotted when nested, e.g.
 * image.alt) and the line of the repeat. Keys are grouped by indentation: a line ends every
 * deeper group, and a list item ("- ") starts a fresh one.
 */
function duplicateKeyProblems(file: string, yamlText: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let groups: { indent: number; parent: string; keys: Set<string> }[] = [];
  yamlText.split('\n').forEach((line, index) => {
    const match = /^(\s*)(-\s+)?([^\s#:-][^:]*):(?:\s|$)/.exec(line);
    if (!match) return;
    const indent = (match[1] ?? '').length + (match[2] ?? '').length;
    const key = (match[3] ?? '').trim();
    groups = groups.filter((group) => group.indent < indent || (group.indent === indent && !match[2]));
    let group = groups.at(-1);
    if (group?.indent !== indent) {
      const outer = groups.at(-1);
      const parent = outer ? ([...outer.keys].at(-1) ?? '') : '';
      group = { indent, parent: outer ? `${outer.parent}${parent}.` : '', keys: new Set() };
      groups.push(group);
    }
    if (group.keys.has(key)) {
      problems.push({
        file,
        line: index + firstLine,
        field: `${group.parent}${key}`,
        message: 'is given twice',
        fix: 'keep one of the two lines',
      });
    }
    group.keys.delete(key);
    group.keys.add(key);
  });
  return problems;
}
