// Where the end-to-end tests serve the site and run the form inbox. Each checkout picks its own
// ports with E2E_PORT (and INBOX_PORT, else the next port), so engineers' runs do not collide.
// Run directly, it builds the site for those servers (npm run test:e2e does this first).
import { pathToFileURL } from 'node:url';
import { buildSite, localFormEnv } from './lib/build-site.ts';
import { TEST_SITE, testSiteEnv } from './lib/test-site.ts';

export interface E2eServers {
  sitePort: number;
  inboxPort: number;
  siteUrl: string;
  inboxOrigin: string;
  /** Where the test inbox writes its submissions. */
  inboxDir: string;
}

/** The test servers' ports and addresses, and the folder the test inbox writes to. */
export function e2eServers(env: Record<string, string | undefined> = process.env): E2eServers {
  const sitePort = Number(env['E2E_PORT'] ?? 4173);
  const inboxPort = Number(env['INBOX_PORT'] ?? sitePort + 1);
  return {
    sitePort,
    inboxPort,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    inboxOrigin: `http://127.0.0.1:${inboxPort}`,
    inboxDir: `.inbox/e2e-${inboxPort}`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { siteUrl, inboxOrigin } = e2eServers();
  // The tests' own site (TEST_SITE), never content/. The editor at /admin/ saves into the
  // browser's own storage, so the tests can edit offline.
  const env = {
    ...testSiteEnv(TEST_SITE),
    SITE_URL: siteUrl,
    EDITOR_BACKEND: 'test-repo',
    ...localFormEnv(inboxOrigin),
  };
  const { code } = await buildSite({ env });
  process.exit(code ?? 1);
}
