/**
 * Test-only stand-in for the desk server's gate (the access branch's `npm run desk`), for
 * e2e/desk.publish.ts: serves handleDeskApi and handleDeskPage on 127.0.0.1 with the user the
 * test names in `X-Test-Role`, and only for requests that carry the harness's one-off token.
 * It runs in a built copy of the project (cwd), with the desk's publishing service, so a
 * publish runs the real pipeline in this process against the copy's `npm start`.
 * Never used outside the tests: the real desk authenticates every request first.
 */
import { createServer } from 'node:http';

import { handleDeskApi } from '../../lib/desk/api/router';
import { handleDeskPage } from '../../lib/desk/pages/router';
import { startPublishing } from '../../lib/desk/publishing/service';
import { type DeskUser, isRole } from '../../lib/desk/roles';

const port = Number(process.env.DESK_HARNESS_PORT);
const token = process.env.DESK_HARNESS_TOKEN;
if (!port || !token) throw new Error('DESK_HARNESS_PORT and DESK_HARNESS_TOKEN must be set');

const service = await startPublishing({ log: (line) => console.log(`[desk] ${line}`) });

const server = createServer((incoming, outgoing) => {
  void (async () => {
    const role = incoming.headers['x-test-role'];
    if (incoming.headers['x-harness-token'] !== token || !isRole(role)) {
      outgoing.writeHead(401).end();
      return;
    }
    const user: DeskUser = { id: `test-${role}`, email: `${role}@example.test`, name: `Test ${role}`, role };
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const request = new Request(`http://127.0.0.1:${port}${incoming.url ?? '/'}`, {
      method: incoming.method ?? 'GET',
      headers: Object.entries(incoming.headers).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name, value] as [string, string]] : [],
      ),
      ...(body && incoming.method !== 'GET' ? { body } : {}),
    });
    const response = (incoming.url ?? '').startsWith('/api/desk/')
      ? await handleDeskApi(request, user)
      : await handleDeskPage(request, user);
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  })().catch((error: unknown) => {
    console.error(error);
    outgoing.writeHead(500).end();
  });
});
server.listen(port, '127.0.0.1', () => console.log(`desk harness on ${port}`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close();
    void service.stop().then(() => process.exit(0));
  });
}
