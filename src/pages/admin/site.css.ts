import type { APIRoute } from 'astro';
import siteStyles from '../../styles/global.css?raw';

/**
 * The site's stylesheet as a file, for the editor's preview (public/admin/editor-setup.js): the
 * pages inline it, and the editor's CSP takes styles from this site only.
 */
export const GET: APIRoute = () =>
  new Response(siteStyles, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
