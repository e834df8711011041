/**
 * A desk on a temporary project with one live blog, for the live-post unit tests. The pipeline is
 * a stand-in that refuses a post whose text uses a component that does not exist (`<Nope`), worded
 * and placed as the real check does; the real pipeline, through the real desk, is driven by
 * e2e/desk-live.publish.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { openDatabase } from '../../db/connection';
import type { Desk } from '../publishing/desk';
import type { DeskPublishResult } from '../publishing/run-publish';
import { startPublishing } from '../publishing/service';

export const NOW = new Date('2026-11-28T12:00:00Z');
export const BLOG = 'live/2026/live-harbour-storm';

export const blogText = (extra = '') => `---
title: "Harbour storm live"
dek: "Gales on the coast, as they happen."
section: uk
authors: [grace-whitfield]
status: live
coverageStart: 2026-11-28T06:00:00+00:00
${extra}---

Gales are expected on the coast all day.
`;

const authorText = (name: string, email: string) => `---
name: "${name}"
role: "Reporter"
links:
  - label: "Email"
    href: "mailto:${email}"
---
${name} reports.
`;

export interface LiveTestDesk {
  root: string;
  desk: Desk;
  /** The post files content/ held at each run of the stand-in pipeline. */
  runs: string[][];
  seen: { url: string; visible: boolean }[];
  content: (file: string) => string | undefined;
  workspaceFile: (file: string) => string | undefined;
  /** Post files of the blog (names) in content/ and in the workspace. */
  sitePosts: () => string[];
  workspacePosts: () => string[];
  stop: () => Promise<void>;
}

export async function startLiveTestDesk(
  options: { waitMs?: number; publishDelayMs?: number } = {},
): Promise<LiveTestDesk> {
  const root = mkdtempSync(path.join(tmpdir(), 'dateline-live-desk-'));
  const contentDir = path.join(root, 'content');
  const workspaceContent = path.join(root, 'workspace', 'content');
  mkdirSync(path.join(contentDir, BLOG), { recursive: true });
  mkdirSync(path.join(contentDir, 'authors'), { recursive: true });
  mkdirSync(path.join(root, 'public', 'images'), { recursive: true });
  writeFileSync(path.join(contentDir, BLOG, 'index.mdx'), blogText());
  writeFileSync(
    path.join(contentDir, BLOG, '0600-gales-arrive.mdx'),
    '---\ntime: 2026-11-28T06:00:00+00:00\nauthors: [grace-whitfield]\n---\n\nThe first gales arrived.\n',
  );
  writeFileSync(
    path.join(contentDir, 'authors', 'grace-whitfield.mdx'),
    authorText('Grace Whitfield', 'grace@example.test'),
  );
  writeFileSync(path.join(contentDir, 'authors', 'ed-editor.mdx'), authorText('Ed Editor', 'ed@example.test'));
  const database = openDatabase({ dialect: 'sqlite', target: path.join(root, 'desk.sqlite') });
  const runs: string[][] = [];
  const seen: { url: string; visible: boolean }[] = [];
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  const postsIn = (dir: string) => readdir(path.join(dir, BLOG)).filter((name) => name !== 'index.mdx');
  const service = await startPublishing({
    database,
    project: { root, contentDir, publicDir: path.join(root, 'public') },
    env: { DESK_WORKSPACE: 'workspace' },
    now: () => NOW,
    syncEveryMs: 0,
    liftDueAtStart: false,
    log: () => undefined,
    runPublish: async () => {
      if (options.publishDelayMs) await new Promise((resolve) => setTimeout(resolve, options.publishDelayMs));
      const files = postsIn(contentDir).map((name) => `${BLOG}/${name}`);
      runs.push(files);
      const refused = files.flatMap((file) => {
        const lines = (read(path.join(contentDir, file)) ?? '').split('\n');
        const at = lines.findIndex((line) => line.includes('<Nope'));
        if (at < 0) return [];
        const problem = {
          file: `content/${file}`,
          line: at + 1,
          field: 'body',
          message: '<Nope> is not a component stories can use',
          fix: 'use one of AlsoRead, Figure, PullQuote, FactBox',
        };
        return [{ file, problems: [problem] }];
      });
      const result: DeskPublishResult = {
        status: 'published',
        added: [],
        updated: [],
        removed: [],
        revalidated: 1,
        refused,
      };
      return result;
    },
    readersSee: (url, visible) => {
      seen.push({ url, visible });
      return Promise.resolve();
    },
  });
  if (options.waitMs !== undefined) service.desk.options.waitMs = options.waitMs;
  return {
    root,
    desk: service.desk,
    runs,
    seen,
    content: (file) => read(path.join(contentDir, file)),
    workspaceFile: (file) => read(path.join(workspaceContent, file)),
    sitePosts: () => postsIn(contentDir),
    workspacePosts: () => postsIn(workspaceContent),
    async stop() {
      await service.stop();
      await database.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function readdir(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}
