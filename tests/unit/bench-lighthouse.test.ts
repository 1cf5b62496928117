import { expect, test } from 'vitest';
import { lighthouseVerdict, type LighthouseResult } from '../../scripts/bench/lighthouse.ts';

const searchPage = { name: '/search/?q=', path: '/search/?q=prevention', js: 12 * 1024 };

/** A Lighthouse result losing SEO points for `noindex` only, and `performance` as given. */
const result = (performance: number): LighthouseResult => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 63 },
  layoutShift: 0,
  lost: ['seo: is-crawlable (Page is blocked from indexing) in 3 of 3 runs'],
  errors: [],
  benchmarkIndex: 1500,
});

test('a noindex page is excused its SEO points whatever its other scores, and only those', () => {
  expect(lighthouseVerdict(searchPage, result(100), true).failures).toEqual([]);
  expect(lighthouseVerdict(searchPage, result(98), true).failures).toEqual([
    '/search/?q=: Lighthouse below 100 in performance',
  ]);
  expect(lighthouseVerdict(searchPage, result(98), false).failures).toEqual([
    '/search/?q=: Lighthouse below 100 in performance, seo',
  ]);
});
