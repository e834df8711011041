// Types for the tests and the config; the rule is plain JavaScript so ESLint loads it without a compiler.
import type { Rule } from 'eslint';

export const LIB_LAYERS: readonly { name: string; folders: readonly string[]; holds: string }[];
export function libFolderOf(projectPath: string, root: string): string | undefined;
export const libLayers: Rule.RuleModule;
