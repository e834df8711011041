/**
 * Editors preview on Windows as often as on Macs, and npm runs package.json scripts with cmd.exe
 * there. These tests keep every script free of POSIX shell syntax: `&&` and `||` work in every
 * shell npm uses; variables are set with cross-env, which also expands `$NAME` in the values
 * it sets, on every system.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const POSIX_ONLY_COMMANDS = new Set([
  'export',
  'unset',
  'rm',
  'cp',
  'mv',
  'cat',
  'ls',
  'mkdir',
  'touch',
  'sleep',
  'grep',
  'sed',
  'true',
  'false',
  'test',
]);
const ASSIGNMENT = /^[A-Za-z_]\w*=/;

/** Splits a command line into words, keeping double-quoted text (which cmd.exe also honours) whole. */
function words(command: string): string[] {
  return command.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
}

/** Splits a script at `&&` and `||` (outside double quotes) into the commands it runs. */
function commands(script: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (let i = 0; i < script.length; i++) {
    const char = script.charAt(i);
    if (char === '"') quoted = !quoted;
    const pair = script.slice(i, i + 2);
    if (!quoted && (pair === '&&' || pair === '||')) {
      parts.push(current.trim());
      current = '';
      i++;
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

/** What in one npm script only a POSIX shell understands; empty when it runs in cmd.exe too. */
export function shellSyntaxIn(script: string): string[] {
  const found: string[] = [];
  const outsideQuotes = script.replace(/"[^"]*"/g, '""');
  if (outsideQuotes.includes(';')) found.push('`;` (join commands with &&)');
  if (outsideQuotes.includes("'")) found.push('single quotes (cmd.exe keeps them: use double quotes)');
  if (outsideQuotes.includes('`')) found.push('backticks');
  if (/(^|[^&])&([^&]|$)/.test(outsideQuotes)) found.push('a lone `&` (use &&)');
  if (/[<>]|\/dev\/null/.test(outsideQuotes)) found.push('a redirection');
  for (const command of commands(script)) {
    const [first = '', ...rest] = words(command);
    if (ASSIGNMENT.test(first)) found.push(`\`${first}\` before a command (use cross-env ${first})`);
    if (POSIX_ONLY_COMMANDS.has(first)) found.push(`\`${first}\`, a POSIX shell command`);
    // cross-env expands $NAME in the values it sets, itself, on every system; elsewhere only sh does.
    const setByCrossEnv = first === 'cross-env' ? rest.filter((word) => ASSIGNMENT.test(word)) : [];
    const expanded = [first, ...rest].filter((word) => !setByCrossEnv.includes(word) && /\$(\w|\{|\()/.test(word));
    for (const word of expanded) found.push(`\`${word}\` expands a variable only in POSIX shells`);
  }
  return found;
}

describe('shellSyntaxIn', () => {
  it('finds the POSIX syntax these scripts once had', () => {
    expect(shellSyntaxIn('export DATELINE_PREVIEW=1; node scripts/pipeline/contentlayer.mjs build; next dev')).toEqual([
      '`;` (join commands with &&)',
      '`export`, a POSIX shell command',
    ]);
    expect(shellSyntaxIn('npm run build:content && NEXT_TELEMETRY_DISABLED=1 next build')).toEqual([
      '`NEXT_TELEMETRY_DISABLED=1` before a command (use cross-env NEXT_TELEMETRY_DISABLED=1)',
    ]);
    expect(
      shellSyntaxIn(
        'NEXT_TELEMETRY_DISABLED=1 NODE_OPTIONS="--require ./lib/security/refuse-trace.cjs $NODE_OPTIONS" next start',
      ),
    ).toEqual([
      '`NEXT_TELEMETRY_DISABLED=1` before a command (use cross-env NEXT_TELEMETRY_DISABLED=1)',
      '`NODE_OPTIONS="--require ./lib/security/refuse-trace.cjs $NODE_OPTIONS"` expands a variable only in POSIX shells',
    ]);
    expect(shellSyntaxIn('npm run test:unit && DATELINE_NOW=2026-11-28T12:00:00Z npm run build')).toHaveLength(1);
  });

  it('finds quoting, expansion, redirection and POSIX commands', () => {
    expect(shellSyntaxIn("prettier --check 'src/**/*.ts'")).toEqual([
      'single quotes (cmd.exe keeps them: use double quotes)',
    ]);
    expect(shellSyntaxIn('node server.js --port $PORT')).toEqual(['`$PORT` expands a variable only in POSIX shells']);
    expect(shellSyntaxIn('echo ${HOME}')).toHaveLength(1);
    expect(shellSyntaxIn('tsc --noEmit 2>/dev/null')).toEqual(['a redirection']);
    expect(shellSyntaxIn('next build & next start')).toEqual(['a lone `&` (use &&)']);
    expect(shellSyntaxIn('rm -rf .next && next build')).toEqual(['`rm`, a POSIX shell command']);
    expect(shellSyntaxIn('echo `date`')).toEqual(['backticks']);
  });

  it('accepts && and ||, double quotes and variables set by cross-env', () => {
    expect(shellSyntaxIn('npm run build:content && npm run build:search')).toEqual([]);
    expect(shellSyntaxIn('node scripts/pipeline/contentlayer.mjs build || echo carrying on')).toEqual([]);
    expect(shellSyntaxIn('concurrently --names a,b "tsx a.ts" "next dev"')).toEqual([]);
    expect(shellSyntaxIn('cross-env DATELINE_NOW=2026-11-28T12:00:00Z npm run build')).toEqual([]);
    expect(shellSyntaxIn('cross-env NODE_OPTIONS="--require ./x.cjs $NODE_OPTIONS" next start')).toEqual([]);
    // …but not a variable in the command cross-env runs, which no shell on Windows expands.
    expect(shellSyntaxIn('cross-env X=1 node a.js $X')).toEqual(['`$X` expands a variable only in POSIX shells']);
  });
});

describe('package.json scripts', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };

  it.each(Object.entries(scripts))('%s runs in cmd.exe as well as in sh', (_name, script) => {
    expect(shellSyntaxIn(script)).toEqual([]);
  });
});
