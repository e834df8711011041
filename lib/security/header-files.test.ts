import { describe, expect, it } from 'vitest';

import { headersFile, nginxHeaders, nginxMap } from './header-files';

const policies = {
  fallback: "script-src 'self' 'sha256-404'",
  byPath: new Map([['/uk', "script-src 'self' 'sha256-uk'"]]),
};

describe('static export header files', () => {
  it('_headers: shared headers and the 404 policy for every path; a page detaches it before setting its own', () => {
    const text = headersFile(policies, { https: false });
    expect(text).toContain('/*\n  X-Content-Type-Options: nosniff\n');
    expect(text).toContain("  Content-Security-Policy: script-src 'self' 'sha256-404'\n");
    expect(text).toContain(
      "/uk\n  ! Content-Security-Policy\n  Content-Security-Policy: script-src 'self' 'sha256-uk'\n",
    );
    expect(text).not.toContain('Strict-Transport-Security');
    expect(headersFile(policies, { https: true })).toContain(
      'Strict-Transport-Security: max-age=63072000; includeSubDomains',
    );
  });

  it('nginx: every form of a page address maps to its policy, anything else to the 404 policy', () => {
    const map = nginxMap(policies);
    expect(map).toContain(`default "script-src 'self' 'sha256-404'";`);
    for (const uri of ['/uk', '/uk/', '/uk.html', '/uk/index.html'])
      expect(map).toContain(`"${uri}" "script-src 'self' 'sha256-uk'";`);
    expect(nginxHeaders({ https: false })).toContain('add_header Content-Security-Policy $dateline_csp always;');
  });
});
