// placeholder: replaced by the publishing branch
/**
 * The desk's publishing side (queue worker, scheduler, workspace sync); see DESK-CONTRACT.
 * This stand-in only makes sure the workspace exists, seeded with a copy of content/ the first time.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Database } from '../../db/connection';

export interface PublishingOptions {
  /** The project root: content/ and public/ the site publishes from. */
  root: string;
  workspace: string;
  database: Database;
}

export function startPublishing(options: PublishingOptions): Promise<{ stop(): Promise<void> }> {
  const content = path.join(options.workspace, 'content');
  if (!existsSync(content)) cpSync(path.join(options.root, 'content'), content, { recursive: true });
  mkdirSync(path.join(options.workspace, 'public', 'images'), { recursive: true });
  return Promise.resolve({ stop: () => Promise.resolve() });
}
