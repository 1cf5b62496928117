/** What a visitor's browser does that the site promises it never does, recorded while a test runs. */
import type { Page } from '@playwright/test';

export interface Seen {
  /** Requests to any origin but the site's (and those allowed, such as the form service). */
  offSite: string[];
  /** What the Content Security Policy blocked. */
  cspViolations: string[];
  /** Console errors, uncaught exceptions, and files that failed to load (status 400 or more). */
  errors: string[];
}

/**
 * Starts recording on `page` before it opens anything. The browser reports most CSP violations
 * in the console; the `securitypolicyviolation` listener also catches those it does not.
 */
export async function watchPage(
  page: Page,
  siteOrigin: string,
  alsoAllowed: string[] = [],
): Promise<Seen> {
  const seen: Seen = { offSite: [], cspViolations: [], errors: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const allowed = [siteOrigin, ...alsoAllowed];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && !allowed.includes(url.origin)) {
      seen.offSite.push(request.url());
    }
  });
  page.on('response', (response) => {
    const isPage = response.request().resourceType() === 'document';
    if (!isPage && response.status() >= 400) {
      seen.errors.push(`${response.status()} ${response.url()}`);
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
