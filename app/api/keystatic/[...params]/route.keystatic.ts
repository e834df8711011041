/**
 * /api/keystatic/…: Keystatic's local-mode API, which reads and writes files under content/.
 * Built only where the admin is (see app/keystatic/layout.keystatic.tsx). Every file the
 * editor saves goes through lib/editor/house-style.ts first, so it lands in the format of the
 * rest of content/ and what an empty optional field looks like passes the content check.
 */
import { makeRouteHandler } from '@keystatic/next/route-handler';

import { houseStyleUpdate } from '@/lib/editor/house-style-update';
import { editorConfig } from '@/lib/editor/keystatic-config';

// The API only lists folders and reads or writes files; the stories list is for the admin's forms.
const handler = makeRouteHandler({ config: editorConfig({ stories: [], year: new Date().getFullYear() }) });

export const GET = handler.GET;

export async function POST(request: Request): Promise<Response> {
  return handler.POST(await houseStyleUpdate(request));
}
