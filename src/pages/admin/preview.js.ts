import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { build, type Plugin } from 'esbuild';

// zod's error messages in forty languages, which the preview never shows: half the script.
const withoutZodLocales: Plugin = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, ({ path, importer }) =>
      /\/node_modules\/zod\//.test(importer) ? { path, namespace: 'no-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-locales' }, () => ({ contents: 'export {};' }));
  },
};

/**
 * The editor's preview templates (src/preview/), bundled for the browser when the site is built
 * (and on each request under `npm run dev`): public/admin/index.html loads it after the editor.
 */
export const GET: APIRoute = async () => {
  const bundled = await build({
    entryPoints: [join(process.cwd(), 'src/preview/main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // A view's CSS reaches the preview in /admin/site.css, not through the script.
    loader: { '.css': 'empty' },
    plugins: [withoutZodLocales],
    logLevel: 'silent',
  });
  const [script] = bundled.outputFiles;
  if (!script) throw new Error('esbuild wrote no preview script for src/preview/main.tsx.');
  return new Response(script.text, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
