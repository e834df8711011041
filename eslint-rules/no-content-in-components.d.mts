// Types for the test and the config; the rule is plain JavaScript so ESLint loads it without a compiler.
import type { Rule } from 'eslint';

export function projectPathOf(source: string, filename: string, root: string): string;
export function bringsValues(node: unknown): boolean;
export const noContentInComponents: Rule.RuleModule;
