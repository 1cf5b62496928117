// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';

// The public address the site is deployed to; canonical links and the sitemap use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap(), pagefindIndex()],
  // No code blocks in the content, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  security: {
    // A CSP meta tag with hashes for every script and style Astro emits: no 'unsafe-inline'.
    csp: true,
  },
});
