// Types for the test and the config; the rule is plain JavaScript so ESLint loads it without a compiler.
import type { Rule } from 'eslint';

export const clientSuffix: Rule.RuleModule;
