import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST } from '../support/built-site.ts';
import { cspOf } from '../support/csp.ts';
import { watchPage } from '../support/page-watch.ts';

/** Where the built form sends: the one origin besides the site's that a page may talk to. */
const FORM_ORIGIN = new URL(
  /<form class="eoi-form"[^>]* action="([^"]+)"/.exec(
    readFileSync(join(DIST, 'apply', 'index.html'), 'utf8'),
  )?.[1] ?? 'missing:form-action-on-apply-page',
).origin;

for (const { file, path } of builtPages()) {
  test(`${path} has a CSP with 'self' as the default and no unsafe inline code`, () => {
    const csp = cspOf(readFileSync(file, 'utf8'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toContain("'self'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
    // Pagefind compiles WebAssembly on the search page; nowhere else may.
    if (path !== '/search/') expect(csp.get('script-src')).not.toContain("'wasm-unsafe-eval'");
    for (const directive of ['connect-src', 'form-action']) {
      expect(csp.get(directive), directive).toEqual(["'self'", FORM_ORIGIN]);
    }
  });
}

test('searching, with a worker and without one, asks no other site and keeps to the CSP', async ({
  browser,
  baseURL,
}) => {
  // Without a worker Pagefind compiles its WebAssembly on the page, which the CSP must allow.
  for (const withWorker of [true, false]) {
    const page = await browser.newPage({ ...(baseURL && { baseURL }) });
    if (!withWorker) {
      await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
    }
    const seen = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/search/');
    await expect(page.locator('site-search-island')).not.toHaveAttribute('ssr');
    await page.locator('main').getByRole('searchbox').pressSequentially('leadership');
    const first = page.locator('main .search__results h2 a').first();
    await expect(first).toHaveAttribute('href', '/communities/mid-to-senior/');
    await page.waitForLoadState('networkidle');
    expect(seen, withWorker ? 'with a worker' : 'without a worker').toEqual({
      offSite: [],
      cspViolations: [],
      errors: [],
    });
    await page.close();
  }
});

test('pages are served with the security headers from public/_headers', async ({ request }) => {
  const response = await request.get('/communities/');
  const headers = response.headers();
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect((await request.get('/_headers')).status()).toBe(404);
});
