/**
 * The desk runs under tsx, that is Node's own ESM loader, not Next's bundler: there a default import
 * of next/image is the CommonJS module object, and the preview's pictures failed to render (an
 * "Element type is invalid" the vitest transform never showed). Render a picture the way the desk
 * does: tsx, as an ES module.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the preview renderer under the desk’s loader', () => {
  it('renders next/image pictures (the lead picture and <Figure>) under tsx', () => {
    const code = [
      "import { createElement } from 'react';",
      "import { renderToStaticMarkup } from 'react-dom/server';",
      "import { CaptionedImage } from './components/article/CaptionedImage.tsx';",
      "process.stdout.write(renderToStaticMarkup(createElement(CaptionedImage, { src: '/images/a.jpg', alt: 'A', width: 1600, height: 900, priority: true })));",
    ].join('\n');
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--input-type=module', '--eval', code],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/<img alt="A" fetchPriority="high" width="1600" height="900"/);
    expect(run.stdout).toContain('/_next/image?url=%2Fimages%2Fa.jpg');
  }, 40_000);
});
