import type { APIRoute } from 'astro';
import { editorScript } from '../../data/editor.ts';

/** Sveltia CMS, copied from node_modules with its fonts served from /admin/fonts/. */
export const GET: APIRoute = async () =>
  new Response(await editorScript(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
