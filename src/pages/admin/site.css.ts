import type { APIRoute } from 'astro';
import siteStyles from '../../styles/global.css?raw';
import formStyles from '../../islands/eoi/eoi-form.css?raw';
import previewStyles from '../../preview/preview.css?raw';

// Each view's own stylesheet, beside it in src/views/.
const viewStyles = import.meta.glob<string>('../../views/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The site's stylesheets as one file, for the editor's preview (src/preview/main.tsx), and the
 * preview's own notes: the pages inline theirs, and the editor's CSP takes styles from this site only.
 */
export const GET: APIRoute = () =>
  new Response([siteStyles, ...Object.values(viewStyles), formStyles, previewStyles].join('\n'), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
