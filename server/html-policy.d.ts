/** Types of html-policy.js (plain JavaScript: the production server runs with node alone). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare function policyForHtml(body: Buffer, options: { https?: boolean; inlineStyles?: boolean }): string;
export declare function isEditorPage(url: string | undefined): boolean;
export declare const FILE_FOLDER: RegExp;
export declare function classify(head: {
  method?: string;
  url?: string;
  status: number;
  contentType: string;
}): 'not-modified' | 'html-head' | 'html' | 'other';
export declare function sendWithPagePolicy(
  req: IncomingMessage,
  res: ServerResponse,
  options: { https?: boolean; transform?: (html: Buffer) => Buffer },
): void;
