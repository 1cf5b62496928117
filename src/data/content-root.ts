/**
 * The folder the site is built from: `content/` at the top of the repository, which programme
 * staff edit, unless `CONTENT_DIR` names another (the tests build their own site from
 * `tests/fixtures/site/`). The one place that setting is read.
 */
export const CONTENT_ROOT = (process.env['CONTENT_DIR'] ?? 'content').replace(/^\.\/|\/+$/g, '');
