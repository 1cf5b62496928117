import type { APIRoute } from 'astro';
import { CONTENT_ROOT } from '../../data/content-root';
import { editorBackend } from '../../data/editor';
import { editorConfig } from '../../lib/editor/config';

/** The browser editor's configuration, made from the schemas (public/admin/index.html loads it). */
export const GET: APIRoute = ({ site }) =>
  Response.json(
    editorConfig({ backend: editorBackend, siteUrl: site?.href ?? '/', contentRoot: CONTENT_ROOT }),
  );
