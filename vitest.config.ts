/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    // A busy 2-core machine can be slow: slow is not broken (npm run bench checks the speed budgets).
    testTimeout: 20_000,
    projects: [
      // No build and no server: files share workers and the modules they load (each cleans up).
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], isolate: false },
      },
      // Builds the site (or a copy) or starts a server.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
