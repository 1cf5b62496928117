import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';
import { e2eServers } from './scripts/e2e-servers.ts';

// Each checkout can run its own copy of the tests: the ports come from E2E_PORT (and INBOX_PORT).
const { sitePort, siteUrl, inboxPort, inboxOrigin, inboxDir } = e2eServers();
const executablePath = await findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A busy 2-core machine can be slow: slow is not broken (npm run bench checks the speed budgets).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: siteUrl,
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
    // Recording a trace of every test made the suite a third slower: re-run a failing test with
    // one (docs/development.md: npm run test:e2e -- <file> --trace on). A screenshot costs nothing until a
    // test fails.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node scripts/serve.ts`,
      env: { PORT: String(sitePort) },
      url: `${siteUrl}/`,
      reuseExistingServer: false,
    },
    {
      // The form posts here: scripts/e2e-servers.ts builds the site pointed at it. Its test forms
      // (/f/inactive, /f/over-quota, ...) answer as a refused or full form does.
      command: `node scripts/inbox.ts`,
      env: { INBOX_PORT: String(inboxPort), INBOX_DIR: inboxDir, INBOX_TEST_FORMS: '1' },
      url: `${inboxOrigin}/`,
      reuseExistingServer: false,
    },
  ],
});
