/**
 * A desk on a temporary project for the desk's unit tests: a content folder with one story, a
 * SQLite file, and a stand-in for the pipeline that refuses a story with `section: harbours` the
 * way the real check words it (the real pipeline, through the real desk, is exercised by e2e/desk-flow.publish.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { openDatabase } from '../../db/connection';
import { type DeskContext, setDeskContext } from '../auth/desk-context';
import { deskSettings } from '../auth/settings';
import { initRepository } from '../history/test-repository';
import type { DeskUser } from '../roles';
import type { Desk } from './desk';
import type { DeskPublishResult } from './run-publish';
import { startPublishing } from './service';

export const reporter: DeskUser = {
  id: 'u-reporter',
  email: 'rita@example.test',
  name: 'Rita Reporter',
  role: 'reporter',
};
export const editor: DeskUser = { id: 'u-editor', email: 'ed@example.test', name: 'Ed Editor', role: 'editor' };
export const admin: DeskUser = { id: 'u-admin', email: 'ada@example.test', name: 'Ada Admin', role: 'admin' };

export const NOW = new Date('2026-11-28T12:00:00Z');

export function storyText(fields: {
  title: string;
  section?: string;
  date?: string;
  extra?: string;
  body?: string;
}): string {
  return `---
title: "${fields.title}"
dek: "A short summary of the story for the list pages."
date: ${fields.date ?? '2026-11-28T10:30:00+00:00'}
section: ${fields.section ?? 'uk'}
authors: [grace-whitfield]
${fields.extra ?? ''}---

${fields.body ?? 'The harbour master said the wall was repaired before dawn.'}
`;
}

export interface TestDesk {
  root: string;
  desk: Desk;
  /** Every time the stand-in pipeline ran: the story files content/ held then. */
  runs: string[][];
  /** The files each run was told the desk changed (undefined: look at the whole folder). */
  named: (readonly string[] | undefined)[];
  seen: { url: string; visible: boolean }[];
  content: (file: string) => string | undefined;
  workspaceFile: (file: string) => string | undefined;
  stop: () => Promise<void>;
}

export async function startTestDesk(
  options: { waitMs?: number; publishDelayMs?: number; git?: boolean; log?: (line: string) => void } = {},
): Promise<TestDesk> {
  const root = mkdtempSync(path.join(tmpdir(), 'dateline-desk-'));
  const contentDir = path.join(root, 'content');
  mkdirSync(path.join(contentDir, 'articles', '2026'), { recursive: true });
  mkdirSync(path.join(root, 'public', 'images'), { recursive: true });
  writeFileSync(
    path.join(contentDir, 'articles', '2026', 'existing-story.mdx'),
    storyText({ title: 'Existing story' }),
  );
  // A newsroom's checkout: the project is a git repository with content/ committed on main.
  if (options.git) initRepository(root);
  const database = openDatabase({ dialect: 'sqlite', target: path.join(root, 'desk.sqlite') });
  const runs: string[][] = [];
  const named: (readonly string[] | undefined)[] = [];
  const seen: { url: string; visible: boolean }[] = [];
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  const service = await startPublishing({
    database,
    project: { root, contentDir, publicDir: path.join(root, 'public') },
    env: { DESK_WORKSPACE: 'workspace' },
    now: () => NOW,
    syncEveryMs: 0,
    liftDueAtStart: false,
    log: options.log ?? (() => undefined),
    authorOf: (id) => Promise.resolve([reporter, editor, admin].find((user) => user.id === id)),
    runPublish: async (_log, changedPaths) => {
      named.push(changedPaths);
      if (options.publishDelayMs) await new Promise((resolve) => setTimeout(resolve, options.publishDelayMs));
      const dir = path.join(contentDir, 'articles', '2026');
      const files = readdir(dir).map((name) => `articles/2026/${name}`);
      runs.push(files);
      const refused = files
        .filter((file) => read(path.join(contentDir, file))?.includes('section: harbours'))
        .map((file) => ({
          file,
          problems: [
            {
              file: `content/${file}`,
              line: 5,
              field: 'section',
              message: '"harbours" is not a section',
              fix: 'use one of business, uk, world (content/sections/)',
            },
          ],
        }));
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
    named,
    seen,
    content: (file) => read(path.join(contentDir, file)),
    workspaceFile: (file) => read(path.join(root, 'workspace', 'content', file)),
    async stop() {
      await service.stop();
      await database.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function readdir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * Makes the test desk the desk the gate and the pages see, served at `origin` with a secret of
 * the right length (the gate's signed addresses need one); setDeskContext(undefined) undoes it.
 */
export function serveTestDesk(t: TestDesk, origin: string): DeskContext {
  const context = {
    settings: deskSettings({ DESK_URL: origin, DESK_SECRET: 'a-test-secret-that-is-long-enough-for-the-desk' }, t.root),
    database: t.desk.options.database,
  } as DeskContext;
  setDeskContext(context);
  return context;
}
