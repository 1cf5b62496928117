/** The folder at the top of the repository that programme staff edit. */
export const STAFF_CONTENT = 'content';

/**
 * The folder the site is built from: `content/`, unless `CONTENT_DIR` names another (the tests
 * build their own site from `tests/fixtures/site/`). The one place that setting is read.
 */
export const CONTENT_ROOT = (process.env['CONTENT_DIR'] ?? STAFF_CONTENT).replace(
  /^\.\/|\/+$/g,
  '',
);
