import path from 'node:path';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname) },
  },
  test: {
    // eslint-rules/ too: the project's own lint rules are tested like the code they guard.
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
    environment: 'node',
  },
});
