import type { APIRoute } from 'astro';
import { CONTENT_ROOT } from '../../data/content-root.ts';
import { editorBackend } from '../../data/editor.ts';
import { editorConfig } from '../../lib/editor/config.ts';

/** The browser editor's configuration, made from the schemas (public/admin/index.html loads it). */
export const GET: APIRoute = ({ site }) =>
  Response.json(
    editorConfig({ backend: editorBackend, siteUrl: site?.href ?? '/', contentRoot: CONTENT_ROOT }),
  );
