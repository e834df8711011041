/**
 * docs/ENVIRONMENT.md, generated from the table in lib/env.js so it cannot drift from the code:
 * every variable, grouped by who reads it, with its kind, default and meaning. `npm run docs:env`
 * (also run by `npm run docs`) writes it; scripts/env/env-docs.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { accepted, type EnvName, OTHER_PROGRAMS_VARIABLES, VARIABLES } from '../../lib/env';

export const ENVIRONMENT = path.resolve(import.meta.dirname, '../../docs/ENVIRONMENT.md');

type Variable = (typeof VARIABLES)[EnvName];
type Reader = Variable['readBy'][number];

const GROUPS: [Reader, string, string][] = [
  ['site', "The readers' site", '`npm start`, `next start` and the pages they render.'],
  ['build', 'The build', '`npm run build`, `build:content`, `build:static`, `desk:build` and `npm run dev`.'],
  ['publish', 'Publishing', '`npm run publish` and the publishes the desk runs.'],
  ['desk', 'The desk', '`npm run desk`.'],
  ['tests', 'Tests', 'vitest (`npm run test:unit`) and the Playwright suites.'],
  ['benchmarks', 'Benchmarks', '`npm run bench:*` and `npm run measure:*`.'],
];

/** A table cell: no line breaks, no unescaped pipes. */
const cell = (text: string) => text.replace(/\n/g, ' ').replace(/\|/g, '\\|');

function defaultOf(variable: Variable): string {
  if ('defaultText' in variable) return cell(variable.defaultText);
  if (!('default' in variable)) return 'unset';
  const value: unknown = variable.default;
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : `\`${value.join(',')}\``;
  if (typeof value === 'boolean') return `\`${value ? '1' : '0'}\``;
  return `\`${String(value)}\``;
}

function row(name: EnvName): string {
  const variable: Variable = VARIABLES[name];
  const others = variable.readBy.slice(1);
  const also = others.length > 0 ? ` Also read by: ${others.join(', ')}.` : '';
  const platform = 'platform' in variable ? ' *Set by the platform.*' : '';
  return `| \`${name}\` | ${cell(accepted(variable))} | ${defaultOf(variable)} | ${cell(variable.meaning)}${platform}${also} |`;
}

export function environmentDoc(): string {
  const names = Object.keys(VARIABLES) as EnvName[];
  const sections = GROUPS.flatMap(([reader, title, who]) => {
    const here = names.filter((name) => VARIABLES[name].readBy[0] === reader).sort();
    if (here.length === 0) return [];
    return [
      `## ${title}`,
      '',
      `Read first by ${who}`,
      '',
      '| Variable | Accepts | Default | What it does |',
      '| --- | --- | --- | --- |',
      ...here.map(row),
      '',
    ];
  });
  return [
    '# Environment variables',
    '',
    '<!-- Generated from lib/env.js by `npm run docs:env`; do not edit by hand. -->',
    '',
    `Every environment variable Dateline reads (${names.length} of them), from the one table in`,
    '`lib/env.js`. Each is listed once, under the first of the parts of the project that read it;',
    'a variable is unset when it is missing or blank. A value that does not parse stops the program',
    'with a message naming the variable, the value and what is accepted. Variables marked *set by the',
    'platform* come from Node, npm, Next.js or a CI service; Dateline only reads them.',
    '',
    'To add one: add a row to `lib/env.js`, read it with `readEnv`, run `npm run docs:env`',
    '(docs/ARCHITECTURE.md, "Add an environment variable").',
    '',
    ...sections,
    '## Read by other programs',
    '',
    "Dateline's code does not read these; the program named reads them, and Dateline sets some of them itself.",
    '',
    '| Variable | Read by | What it does |',
    '| --- | --- | --- |',
    ...Object.entries(OTHER_PROGRAMS_VARIABLES).map(
      ([name, { readBy, meaning }]) => `| \`${name}\` | ${readBy} | ${cell(meaning)} |`,
    ),
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  writeFileSync(ENVIRONMENT, environmentDoc());
  console.log(`Wrote ${path.relative(process.cwd(), ENVIRONMENT)}`);
}
