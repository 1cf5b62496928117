/**
 * Pages kept out of search engines and the sitemap: the not-found page, the form's confirmation
 * (it means nothing to someone arriving from a search) and search results (thin, endless pages).
 */
export const notIndexed: readonly string[] = ['/404/', '/apply/thanks/', '/search/'];

/** Whether a page (its path, with the trailing slash every route has) belongs in search engines. */
export function isIndexed(pathname: string): boolean {
  return !notIndexed.includes(pathname);
}
