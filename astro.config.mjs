// @ts-check
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import { loadEnv } from 'vite';
import buildStamp from './src/integrations/build-stamp.ts';
import editorDevPage from './src/integrations/editor-dev.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import shareImages from './src/integrations/share-images.ts';
import { cspDirectives } from './src/lib/csp.ts';
import { missingHostVariable } from './src/lib/deploy-host.ts';
import { resolveFormService } from './src/lib/eoi/service.ts';
import { isIndexed } from './src/lib/indexing.ts';

// The public address the site is deployed to; canonical links and the sitemap use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// The form service, from the same variables (and .env files) astro:env gives the form: the CSP
// lets pages connect and post to its origin and nowhere else but the site.
const env = loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), '');
const formService = resolveFormService({
  formId: env.PUBLIC_FORM_ID,
  origin: env.PUBLIC_FORM_ORIGIN,
});

// A build for Netlify, Cloudflare Pages or GitHub Pages without SITE_URL or PUBLIC_FORM_ID would
// publish localhost links and a form that sends nowhere: it stops, saying what to set and where.
const hostProblem = missingHostVariable({ ...env, SITE_URL: process.env.SITE_URL });

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The stylesheet is small (about 2 KB gzip): inline, it costs no render-blocking round trip on a
  // slow mobile connection (Lighthouse's first paint gains about 150 ms).
  build: { inlineStylesheets: 'always' },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // Both islands need Preact, its hooks and JSX runtime, and src/islands/hydrate-islands.ts:
          // one file for them all is one request and 0.4 KB gzip less than four (npm run bench).
          manualChunks: (id) =>
            /node_modules\/preact\/(dist|hooks|jsx-runtime)\/|\/src\/islands\/hydrate-islands\.ts$/.test(
              id,
            )
              ? 'preact'
              : undefined,
        },
      },
    },
  },
  integrations: [
    {
      name: 'host-variables',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          if (command !== 'build' || !hostProblem) return;
          logger.error(hostProblem);
          process.exit(1);
        },
      },
    },
    // The islands are the .tsx files. Without this the integration's Babel step parsed every
    // .ts module too: builds were a sixth slower, for byte-for-byte the same dist/.
    preact({ include: ['**/*.tsx'] }),
    sitemap({ filter: (page) => isIndexed(new URL(page).pathname) }),
    shareImages(),
    pagefindIndex(),
    editorDevPage(),
    buildStamp(),
  ],
  env: {
    schema: {
      // The Formspree form id; without one the form sends to the local inbox (scripts/inbox.ts).
      PUBLIC_FORM_ID: envField.string({ context: 'client', access: 'public', optional: true }),
      // The form service's origin; https://formspree.io when a form id is set (src/lib/eoi/service.ts).
      PUBLIC_FORM_ORIGIN: envField.string({
        context: 'client',
        access: 'public',
        optional: true,
        url: true,
      }),
      // The browser editor at /admin/ (src/data/editor.ts): where a save is committed, and how
      // staff sign in. The tests build with EDITOR_BACKEND=test-repo (saves stay in the browser).
      EDITOR_BACKEND: envField.enum({
        context: 'server',
        access: 'public',
        values: ['github', 'test-repo'],
        default: 'github',
      }),
      // owner/name of the GitHub repository the site is built from.
      EDITOR_REPO: envField.string({ context: 'server', access: 'public', optional: true }),
      EDITOR_BRANCH: envField.string({ context: 'server', access: 'public', default: 'main' }),
      // The sign-in service (sveltia-cms-auth) when not on Netlify; Netlify's own when unset.
      EDITOR_AUTH_URL: envField.string({
        context: 'server',
        access: 'public',
        optional: true,
        url: true,
      }),
    },
  },
  // No code blocks in the content, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  security: {
    // A CSP meta tag with hashes for every script and style Astro emits: no 'unsafe-inline'.
    csp: { directives: [...cspDirectives(formService.origin)] },
  },
});
