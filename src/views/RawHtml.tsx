/** HTML made by src/lib/markdown.ts from a page's or a CoP's text, placed in the page as it is. */
import { jsxTemplate } from 'preact/jsx-runtime';

/**
 * Preact's server renderer writes a template's text raw, so the built page has no wrapper;
 * Preact in a browser cannot, so there the HTML sits in an element that draws no box.
 */
export function RawHtml({ html }: { html: string }) {
  if (typeof document === 'undefined') return jsxTemplate([html]);
  return <div style={{ display: 'contents' }} dangerouslySetInnerHTML={{ __html: html }} />;
}
