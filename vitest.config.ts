/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // tests/unit needs no build and no server; tests/build builds the site or starts a server.
    include: ['tests/{unit,build}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
