// Types for the tests and the rules; the module is plain JavaScript so ESLint loads it without a compiler.
import type { Rule } from 'eslint';

export function projectPathOf(source: string, filename: string, root: string): string;
export function bringsValues(node: unknown): boolean;
export function importBoundary(boundary: {
  folders: readonly string[];
  typesAllowed: boolean;
  description: string;
  message: string;
}): Rule.RuleModule;
