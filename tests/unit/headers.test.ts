import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  headersFor,
  HOSTS,
  parseHeaders,
  patternMatches,
  type Host,
} from '../../scripts/lib/headers.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const pages = ['/', '/communities/', '/communities/a-cop/', '/apply/', '/no-such-page/', '/admin/'];
/** The hosts that read _headers; GitHub Pages sends none of it. */
const READERS: Host[] = ['netlify', 'cloudflare'];

describe.each(READERS)('public/_headers on %s gives every page', (host) => {
  test.each(pages)('%s: HTTPS only, for at least a year', (path) => {
    const hsts = headersFor(rules, path, host)['strict-transport-security'] ?? '';
    const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
    expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  });

  test.each(pages)('%s: no content sniffing and a referrer that leaves only the origin', (path) => {
    const headers = headersFor(rules, path, host);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  test.each(pages)('%s: no framing by any site, old browsers included', (path) => {
    const headers = headersFor(rules, path, host);
    expect(headers['content-security-policy']).toMatch(
      // One policy of a comma-separated list, or one directive of a policy.
      /(^|[;,])\s*frame-ancestors 'none'\s*([;,]|$)/,
    );
    expect(headers['x-frame-options']).toBe('DENY');
  });

  test.each(pages)('%s: camera, microphone, location, payment and the like turned off', (path) => {
    const policy = headersFor(rules, path, host)['permissions-policy'] ?? '';
    const features = new Map(
      policy.split(',').map((item) => item.trim().split('=') as [string, string]),
    );
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'fullscreen']) {
      expect(features.get(feature), feature).toBe('()');
    }
    // The site uses none of them, so nothing is allowed to anyone.
    expect([...features.values()].filter((allow) => allow !== '()')).toEqual([]);
  });
});

describe('the _headers reader', () => {
  test('matches * across folders and :name within one segment, as the hosts do', () => {
    expect(patternMatches('/*', '/communities/resistance/')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro/client.js')).toBe(true);
    expect(patternMatches('/_astro/*', '/approach/')).toBe(false);
    expect(patternMatches('/communities/:id/', '/communities/resistance/')).toBe(true);
    expect(patternMatches('/communities/:id/', '/communities/a/b/')).toBe(false);
  });

  const twoRules = parseHeaders(
    '/*\n  Cache-Control: public\n/_astro/*\n  Cache-Control: immutable\n',
  );

  test('Cloudflare joins a header two rules both set; Netlify keeps the later value', () => {
    expect(headersFor(twoRules, '/_astro/a.css', 'cloudflare')['cache-control']).toBe(
      'public, immutable',
    );
    expect(headersFor(twoRules, '/_astro/a.css', 'netlify')['cache-control']).toBe('immutable');
    for (const host of READERS)
      expect(headersFor(twoRules, '/', host)['cache-control']).toBe('public');
  });

  test('"! Name" drops what earlier rules gave on Cloudflare, and Netlify skips the line', () => {
    const detached = parseHeaders(
      '/*\n  X-Robots-Tag: all\n  Vary: Accept\n/admin/*\n  ! X-Robots-Tag\n  X-Robots-Tag: noindex\n  ! Vary\n',
    );
    for (const host of READERS) {
      expect(headersFor(detached, '/admin/', host)['x-robots-tag'], host).toBe('noindex');
    }
    expect(headersFor(detached, '/admin/', 'cloudflare')).not.toHaveProperty('vary');
    expect(headersFor(detached, '/admin/', 'netlify')['vary']).toBe('Accept');
    expect(headersFor(detached, '/', 'cloudflare')['x-robots-tag']).toBe('all');
  });

  test('a name set twice in one rule is one header, joined, on both hosts', () => {
    const twice = parseHeaders(
      "/*\n  Content-Security-Policy: a 'none'\n  Content-Security-Policy: b\n",
    );
    for (const host of READERS) {
      expect(headersFor(twice, '/', host)['content-security-policy']).toBe("a 'none', b");
    }
  });

  test('GitHub Pages sends none of the file', () => {
    expect(headersFor(twoRules, '/', 'github-pages')).toEqual({});
  });

  test('says which line is wrong when a header has no path above it, no colon or no space after !', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY\n')).toThrow(/line 1/);
    expect(() => parseHeaders('/*\n  X-Frame-Options DENY\n')).toThrow(
      /line 2: expected "Name: value"/,
    );
    // Cloudflare reads only "! Name" as a detach; "!Name" would be sent on unnoticed.
    expect(() => parseHeaders('/*\n  !X-Frame-Options\n')).toThrow(/line 2/);
  });
});

/** Whether a page's sign-in popup keeps `window.opener` under this Cross-Origin-Opener-Policy. */
const keepsOpener = (coop: string | undefined) =>
  coop === undefined || ['unsafe-none', 'same-origin-allow-popups'].includes(coop);

describe.each(HOSTS)('on %s', (host) => {
  test.each(['/admin/', '/admin/config.json'])(
    "%s keeps the GitHub sign-in popup's opener",
    (path) => {
      expect(keepsOpener(headersFor(rules, path, host)['cross-origin-opener-policy'])).toBe(true);
    },
  );

  test.each(pages.filter((path) => !path.startsWith('/admin/')))(
    '%s stays isolated from windows it opens, where the host sends headers',
    (path) => {
      const coop = headersFor(rules, path, host)['cross-origin-opener-policy'];
      expect(coop).toBe(host === 'github-pages' ? undefined : 'same-origin');
    },
  );
});

test("/admin/ gets the same headers on Netlify and Cloudflare: framing refused, the editor's own policy", () => {
  const [netlify, cloudflare] = READERS.map((host) => headersFor(rules, '/admin/', host));
  expect(netlify).toEqual(cloudflare);
  const policies = (cloudflare?.['content-security-policy'] ?? '').split(',').map((p) => p.trim());
  expect(policies).toHaveLength(2);
  expect(policies[0]).toBe("frame-ancestors 'none'");
  expect(policies[1]).toMatch(/^default-src 'none'; script-src 'self';/);
  expect(cloudflare?.['x-robots-tag']).toBe('noindex');
});

test("without the detach, Cloudflare would send /admin/ the public pages' COOP, which drops the opener", () => {
  const before = parseHeaders(
    '/*\n  Cross-Origin-Opener-Policy: same-origin\n/admin/*\n  X-Robots-Tag: noindex\n',
  );
  const coop = headersFor(before, '/admin/', 'cloudflare')['cross-origin-opener-policy'];
  expect(coop).toBe('same-origin');
  expect(keepsOpener(coop)).toBe(false);
});
