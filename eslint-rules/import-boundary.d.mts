// Types for the tests and the rules; the module is plain JavaScript so ESLint loads it without a compiler.
import type { Rule } from 'eslint';

export function projectPathOf(source: string, filename: string, root: string): string;
export function bringsValues(node: unknown): boolean;
export function importRule(rule: {
  description: string;
  messages: Record<string, string>;
  typesAllowed: boolean;
  judge: (
    target: string,
    filename: string,
    root: string,
  ) => { messageId: string; data?: Record<string, string> } | undefined;
}): Rule.RuleModule;
export function importBoundary(boundary: {
  folders: readonly string[];
  typesAllowed: boolean;
  description: string;
  message: string;
}): Rule.RuleModule;
