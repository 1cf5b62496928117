import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders, patternMatches } from '../../scripts/lib/headers.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const pages = ['/', '/communities/', '/communities/resistance/', '/apply/', '/no-such-page/'];

describe('public/_headers gives every page', () => {
  test.each(pages)('%s: HTTPS only, for at least a year', (path) => {
    const hsts = headersFor(rules, path)['strict-transport-security'] ?? '';
    const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
    expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  });

  test.each(pages)('%s: no content sniffing and a referrer that leaves only the origin', (path) => {
    const headers = headersFor(rules, path);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  test.each(pages)('%s: no framing by any site, old browsers included', (path) => {
    const headers = headersFor(rules, path);
    expect(headers['content-security-policy']).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/);
    expect(headers['x-frame-options']).toBe('DENY');
  });

  test.each(pages)('%s: camera, microphone, location, payment and the like turned off', (path) => {
    const policy = headersFor(rules, path)['permissions-policy'] ?? '';
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

  test('joins a header two rules both set, and keeps headers of other paths apart', () => {
    const joined = parseHeaders(
      '/*\n  Cache-Control: public\n/_astro/*\n  Cache-Control: immutable\n',
    );
    expect(headersFor(joined, '/_astro/a.css')['cache-control']).toBe('public, immutable');
    expect(headersFor(joined, '/')['cache-control']).toBe('public');
  });

  test('says which line is wrong when a header has no path above it or no colon', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY\n')).toThrow(/line 1/);
    expect(() => parseHeaders('/*\n  X-Frame-Options DENY\n')).toThrow(
      /line 2: expected "Name: value"/,
    );
  });
});
