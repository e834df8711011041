/**
 * The bare Next.js baseline the JavaScript budget is measured against, and the versions it was
 * measured with. It is only valid for those exact versions: see bare-baseline.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface BareBaseline {
  next: string;
  react: string;
  'react-dom': string;
  /** Gzip bytes of every script the bare page loads, measured by e2e/support/page-weight.ts. */
  scriptGzipBytes: number;
  scripts: number;
  measuredBy: string;
}

export const BASELINE_FILE = path.join(projectRoot, 'e2e/bare-baseline.json');

export function readBaseline(): BareBaseline {
  return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as BareBaseline;
}

const installed = (name: string) =>
  (
    JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** The versions actually installed (node_modules), not the ranges package.json asks for. */
export function installedVersions(): Pick<BareBaseline, 'next' | 'react' | 'react-dom'> {
  return { next: installed('next'), react: installed('react'), 'react-dom': installed('react-dom') };
}
