/**
 * `npm run bench:desk-publish -- --preview [--count 50] [--project DIR]`: how long a preview link
 * takes to open (issue 23 item 3, target ≤ 1 s). The desk's gate runs in this process behind a
 * plain HTTP server, as `npm run desk` runs it; a story is saved into the workspace, a link made
 * through the API, and the link fetched `count` times by a client with no cookie: the first open
 * (cold: the MDX compiler and the content store load) apart, then p50/p95 of the rest.
 *
 * It works on a copy of the project (without its git repository, so no revision is recorded in
 * yours), or on --project, a copy already built with `npm run build` (then the site's stylesheet
 * is inlined too, as on a real desk host).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { copyProject, projectRoot, runAsync } from '../../e2e/support/temp-project';
import type { DeskUser } from '../../lib/desk/roles';

const EDITOR: DeskUser = { id: 'bench-editor', email: 'bench@example.test', name: 'Bench Editor', role: 'editor' };

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

export async function benchPreview(options: { project?: string; count: number }): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-bench-preview-'));
  const project = options.project ? path.resolve(options.project) : copyProject('dateline-bench-preview-project-');
  if (!options.project) {
    const built = await runAsync('npm', ['run', 'build:content'], { cwd: project });
    if (built.status !== 0) throw new Error(`build:content failed:\n${built.stderr.slice(-3000)}`);
  }
  process.chdir(project);
  Object.assign(process.env, {
    DESK_WORKSPACE: path.join(scratch, 'workspace'),
    DATABASE_URL: `file:${path.join(scratch, 'desk.sqlite')}`,
    DESK_SECRET: 'bench-preview-secret-long-enough-for-the-desk',
  });
  const { startPublishing } = await import('../../lib/desk/publishing/service');
  const { deskSettings } = await import('../../lib/desk/auth/settings');
  const { setDeskContext } = await import('../../lib/desk/auth/desk-context');
  const { handleDeskApi } = await import('../../lib/desk/api/router');
  const { gate } = await import('../../lib/desk/server/gate');
  const { sendResponse, toRequest } = await import('../../lib/desk/server/node-adapter');
  const { renderPreview } = await import('../desk/render-preview');
  const service = await startPublishing({ log: () => undefined });
  const server = createServer();
  try {
    const settings = deskSettings(process.env, project);
    const context = { settings, database: service.desk.options.database } as Parameters<typeof setDeskContext>[0] &
      object;
    setDeskContext(context);
    const deps = {
      context,
      root: project,
      editorBuilt: false,
      keystaticApi: () => Promise.reject(new Error('not in this benchmark')),
      renderPreview,
    };
    server.on('request', (req, res) => {
      void (async () => {
        const answer = await gate(deps, {
          rawUrl: req.url ?? '/',
          request: await toRequest(req, settings.origin),
          clientAddress: '127.0.0.1',
        });
        if (answer === 'editor') res.writeHead(500).end();
        else sendResponse(answer, res, req.method ?? 'GET');
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const year = new Date().getUTCFullYear();
    const slug = `bench-preview-${Date.now()}`;
    const call = async (method: string, pathname: string, body?: string) => {
      const response = await handleDeskApi(
        new Request(`${settings.origin}${pathname}`, {
          method,
          ...(body === undefined ? {} : { body, headers: { 'Content-Type': 'text/markdown' } }),
        }),
        EDITOR,
      );
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const saved = await call(
      'PUT',
      `/api/desk/stories/${year}/${slug}`,
      `---
title: "Harbour wall repaired overnight"
dek: "A benchmark story, seen through a preview link."
date: ${new Date(Date.now() + 86_400_000).toISOString().slice(0, 19)}+00:00
section: uk
byline: "Benchmark desk"
tags: ["Ports"]
---

The harbour wall was repaired overnight, the harbour master said.

${'The crews worked through the tide, and the council thanked them. '.repeat(40)}
`,
    );
    if (saved.status !== 201) throw new Error(`save: ${saved.status} ${JSON.stringify(saved.body)}`);
    const made = await call('POST', `/api/desk/stories/${year}/${slug}/preview-links`);
    if (made.status !== 201) throw new Error(`preview link: ${made.status} ${JSON.stringify(made.body)}`);
    const link = String(made.body.url).replace(settings.origin, origin);
    const times: number[] = [];
    for (let i = 0; i <= options.count; i++) {
      const started = performance.now();
      const response = await fetch(link);
      const text = await response.text();
      times.push(performance.now() - started);
      if (response.status !== 200 || !text.includes('Harbour wall repaired overnight'))
        throw new Error(`the preview answered ${response.status}`);
    }
    const [cold = NaN, ...warm] = times;
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`\npreview link opens (${options.count} after the first; target ≤ 1 s)`);
    console.log('| first open | p50 | p95 |\n|---|---|---|');
    console.log(`| ${ms(cold)} | ${ms(percentile(warm, 50))} | ${ms(percentile(warm, 95))} |`);
  } finally {
    server.close();
    await service.stop();
    setDeskContext(undefined);
    process.chdir(projectRoot);
    if (!options.project) rmSync(project, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}
