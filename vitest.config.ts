/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // tests/unit needs no build and no server; tests/build builds the site or starts a server.
    include: ['tests/{unit,build}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A busy 2-core machine can be slow: slow is not broken (npm run bench checks the speed budgets).
    testTimeout: 20_000,
  },
});
