import { expect, test } from 'vitest';
import {
  cpuSlowdownFor,
  lighthouseVerdict,
  type LighthouseResult,
} from '../../scripts/bench/lighthouse.ts';

const searchPage = { name: '/search/?q=', path: '/search/?q=prevention', js: 12 * 1024 };

/** A Lighthouse result losing SEO points for `noindex` only, and `performance` as given. */
const result = (performance: number): LighthouseResult => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 63 },
  layoutShift: 0,
  lost: ['seo: is-crawlable (Page is blocked from indexing) in 3 of 3 runs'],
  errors: [],
  benchmarkIndex: 1500,
  cpuSlowdown: 4,
});

test('a noindex page is excused its SEO points whatever its other scores, and only those', () => {
  const excused = lighthouseVerdict(searchPage, result(100), true);
  expect(excused.failures).toEqual([]);
  expect(excused.rows[0]).toEqual([
    '/search/?q=: Lighthouse P / A / BP / SEO',
    '100 / 100 / 100 / 63 *',
    '100 each',
    '✓',
  ]);
  const slow = lighthouseVerdict(searchPage, result(98), true);
  expect(slow.failures).toEqual(['/search/?q=: Lighthouse below 100 in performance']);
  expect(slow.rows[0]?.[3]).toBe('✗ under');
  expect(lighthouseVerdict(searchPage, result(98), false).failures).toEqual([
    '/search/?q=: Lighthouse below 100 in performance, seo',
  ]);
});

test('the CPU slowdown follows Lighthouse’s calibration: 4× only on a machine as fast as its own', () => {
  const points = [100, 150, 800, 1050, 1300, 1533, 1766, 2000].map((index) =>
    Number(cpuSlowdownFor(index).toFixed(2)),
  );
  expect(points).toEqual([1, 1, 2, 2.5, 3, 4, 5, 6]);
});
