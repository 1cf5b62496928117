import type { APIRoute } from 'astro';
import { editorImmutable } from '../../data/editor.ts';

/** Immutable.js from its npm package, where the editor's script now imports it (preview templates). */
export const GET: APIRoute = async () =>
  new Response(await editorImmutable(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
