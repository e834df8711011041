/**
 * What recording revisions costs (issue 23 item 2; `npm run bench:desk-publish -- --revisions
 * [--size 20000 | --sample] [--count 10]`): a git repository holding a content folder of `size`
 * synthetic stories (or the project's own content/ with --sample), committed on main, and the
 * desk's history (lib/desk/history) on it. It times `count` saves (a commit on dateline-desk by
 * plumbing) and `count` releases (`git commit --only` on main) of new stories, and `count`
 * corrections of each, and prints p50/p95. A release's commit is made after readers can load the
 * story, so this is what it adds to the publish job, not to publish → live.
 * No site is built: only git is measured.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { projectRoot } from '../../e2e/support/temp-project';
import { ContentHistory } from '../../lib/desk/history/history';
import { writeCorpus } from './corpus';
import { loadAverage } from './reader-probe';

const EDITOR = { name: 'Bench Editor', email: 'bench@example.test' };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export async function benchRevisions(options: { size: number; sample: boolean; count: number; seed: number }) {
  const root = mkdtempSync(path.join(tmpdir(), 'dateline-bench-revisions-'));
  try {
    const content = path.join(root, 'content');
    if (options.sample) cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    else writeCorpus(content, options.size, options.seed, false, path.join(projectRoot, 'public'));
    mkdirSync(path.join(root, 'public', 'images'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.test', ...args], {
        cwd: root,
        stdio: 'pipe',
        maxBuffer: 1 << 28,
      });
    git('init', '--quiet', '--initial-branch=main');
    git('add', 'content');
    git('commit', '--quiet', '-m', 'corpus');
    const files = git('ls-files', 'content').toString().split('\n').filter(Boolean).length;
    const history = await ContentHistory.open({
      folders: {
        contentDir: content,
        publicDir: path.join(root, 'public'),
        workspaceContentDir: path.join(root, 'workspace', 'content'),
        workspacePublicDir: path.join(root, 'workspace', 'public'),
      },
    });
    if (!history.enabled) throw new Error(history.reason);
    const times = new Map<string, number[]>();
    const timed = async (name: string, work: () => Promise<void>) => {
      const started = performance.now();
      await work();
      times.set(name, [...(times.get(name) ?? []), performance.now() - started]);
    };
    const put = (folder: string, file: string, text: string) => {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), text);
    };
    const workspace = path.join(root, 'workspace', 'content');
    for (let i = 0; i < options.count; i++) {
      const file = `articles/2026/bench-revision-${i}.mdx`;
      for (const [kind, text] of [
        ['', `---\ntitle: "Harbour wall ${i}"\n---\n\nRepaired overnight.\n`],
        [
          ' (correction)',
          `---\ntitle: "Harbour wall ${i}"\ncorrections: [{ date: 2026-11-28, text: "Fixed." }]\n---\n\nRepaired before dawn.\n`,
        ],
      ] as const) {
        put(workspace, file, text);
        await timed(`save${kind}`, () =>
          history.recordSave([`content/${file}`], EDITOR, `Save 2026/bench-revision-${i}`),
        );
        put(content, file, text);
        await timed(`release${kind}`, () =>
          history.recordRelease([`content/${file}`], EDITOR, `Publish 2026/bench-revision-${i}`),
        );
      }
    }
    const what = options.sample ? 'the sample' : `${options.size.toLocaleString('en-GB')} stories`;
    console.log(
      `\nrevisions on a repository of ${what} (${files} files in content/), ${options.count} of each, load ${loadAverage()}`,
    );
    console.log('| commit | p50 | p95 |\n|---|---|---|');
    for (const [name, values] of times) {
      console.log(
        `| ${name} | ${(percentile(values, 50) / 1000).toFixed(3)} s | ${(percentile(values, 95) / 1000).toFixed(3)} s |`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
