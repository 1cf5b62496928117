import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, DIST } from '../support/built-site';
import { cspOf } from '../support/csp';
import { applicant, fillRequired, openForm } from '../support/eoi-form';

/** Where the built form sends: the one origin besides the site's that a page may talk to. */
const FORM_ORIGIN = new URL(
  /<form class="eoi-form"[^>]* action="([^"]+)"/.exec(
    readFileSync(join(DIST, 'apply', 'index.html'), 'utf8'),
  )?.[1] ?? 'missing:form-action-on-apply-page',
).origin;

/** Records what a visitor's browser would do that the site promises it never does. */
function watch(page: Page, siteOrigin: string, alsoAllowed: string[] = []) {
  const seen = { offSite: [] as string[], cspViolations: [] as string[], errors: [] as string[] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    const allowed = [siteOrigin, ...alsoAllowed];
    if (/^(https?|wss?):$/.test(url.protocol) && !allowed.includes(url.origin)) {
      seen.offSite.push(request.url());
    }
  });
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('CSP violation:') || /Content Security Policy/i.test(text)) {
      seen.cspViolations.push(text);
    } else if (message.type() === 'error') seen.errors.push(text);
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

test.beforeEach(async ({ page }) => {
  // The browser reports violations as console messages too, but this also catches those it does not.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
});

for (const { file, path } of builtPages()) {
  test(`${path} asks no other site for anything, keeps to its CSP and logs no error`, async ({
    page,
    baseURL,
  }) => {
    const seen = watch(page, new URL(baseURL ?? '').origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.ok()).toBe(true);
    expect(seen).toEqual({ offSite: [], cspViolations: [], errors: [] });
  });

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

test('a missing page answers 404 with the not-found page, also within the CSP', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL ?? '').origin);
  const response = await page.goto('/no-such-page/', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // The browser logs the page's own 404 status; that is the one error there should be.
  expect(seen).toEqual({
    offSite: [],
    cspViolations: [],
    errors: ['Failed to load resource: the server responded with a status of 404 (Not Found)'],
  });
});

test('searching asks no other site for anything and keeps to the CSP', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL ?? '').origin);
  await page.goto('/search/');
  await expect(page.locator('site-search-island')).not.toHaveAttribute('ssr');
  await page.locator('main').getByRole('searchbox').pressSequentially('practitioners');
  await expect(page.locator('main .search__results a').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(seen).toEqual({ offSite: [], cspViolations: [], errors: [] });
});

test('sending the form talks to the form service alone and keeps to the CSP', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL ?? '').origin, [FORM_ORIGIN]);
  let sentToService = false;
  page.on('request', (request) => {
    if (new URL(request.url()).origin === FORM_ORIGIN && request.method() === 'POST') {
      sentToService = true;
    }
  });
  await openForm(page);
  await fillRequired(page, applicant());
  await page.getByRole('button', { name: 'Send expression of interest' }).click();
  await expect(page.getByRole('heading', { name: 'Expression of interest sent' })).toBeVisible();
  expect(sentToService).toBe(true);
  expect(seen).toEqual({ offSite: [], cspViolations: [], errors: [] });
});

test('the CSP lets Quick exit run: three presses of Shift leave the site', async ({ page }) => {
  await page.goto('/');
  const exitUrl = (await page.getByRole('link', { name: /Quick exit/ }).getAttribute('href')) ?? '';
  // The neutral site is not ours to load in a test: answer for it.
  await page.route(`${exitUrl}**`, (route) => route.fulfill({ body: 'Elsewhere' }));
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitUrl);
});

test('pages are served with the security headers from public/_headers', async ({ request }) => {
  const response = await request.get('/communities/');
  const headers = response.headers();
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect((await request.get('/_headers')).status()).toBe(404);
});
