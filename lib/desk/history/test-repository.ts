/** For the desk's tests: a project folder made a git repository, as a newsroom's checkout is. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** `git init` on main with content/ committed, by whoever set the server up (not a desk account). */
export function initRepository(root: string): void {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Server Setup', '-c', 'user.email=setup@example.test', ...args], {
      cwd: root,
      stdio: 'pipe',
    });
  git('init', '--quiet', '--initial-branch=main');
  writeFileSync(path.join(root, '.gitignore'), 'desk.sqlite*\nworkspace/\n');
  git('add', '.gitignore', 'content');
  git('commit', '--quiet', '-m', 'The newsroom content');
}
