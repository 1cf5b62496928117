// Lighthouse: the four category scores with its default (mobile) settings, and cumulative layout
// shift, for each page type, against the budgets. Its CPU slowdown is calibrated to this machine's
// speed before each run, as Lighthouse's throttling guide advises, so a busy or slow machine is
// not scored as a slower phone than Lighthouse's mobile profile.
import type { Browser } from '@playwright/test';
import lighthouse, { type Result } from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { BUDGET, mark, type Verdict } from './budgets.ts';
import type { PageType } from './pages.ts';
import { median } from './sizes.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse runs per page; each category's median is kept, as Lighthouse's docs advise for noise. */
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

export interface LighthouseResult {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Cumulative layout shift, the worst of the runs: a shift seen once is one people see. */
  layoutShift: number | null;
  /** The audits that cost points, with how many runs they did. */
  lost: string[];
  /** Runs that failed to record and were run again. */
  errors: string[];
  /**
   * The machine's speed by Lighthouse's benchmark, measured before each run (the median): low means
   * it was busy. The CPU slowdown is calibrated from it.
   */
  benchmarkIndex: number;
  /** The CPU slowdown the runs used (the median), calibrated to the machine's speed. */
  cpuSlowdown: number;
}

/**
 * The CPU slowdown that makes Lighthouse's mobile profile emulate the same phone on a machine of
 * this benchmark index: the calibration of Lighthouse's throttling guide ("Calibrating
 * multipliers", and its authors' calculator): 1× at 150, 2× at 800, 3× at 1300, 4× at 1533 (the
 * default's reference machine), 5× at 1766, straight lines between.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

/** Lighthouse's benchmark of the machine's speed, run in a blank page of the browser. */
async function benchmarkIndex(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(pageFunctions.computeBenchmarkIndex);
  } finally {
    await page.close();
  }
}

/** Audits that cost points, keyed by category and audit, with the worst value seen. */
type Lost = Map<string, { runs: number; worst: Result['audits'][string] }>;

function countLost(lhr: Result, lost: Lost) {
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) continue;
      const key = `${id}: ${audit.id} (${audit.title})`;
      const seen = lost.get(key) ?? { runs: 0, worst: audit };
      if ((audit.numericValue ?? 0) > (seen.worst.numericValue ?? 0)) seen.worst = audit;
      lost.set(key, { runs: seen.runs + 1, worst: seen.worst });
    }
  }
}

/** Runs Lighthouse on `url` in `browser`, listening on `debugPort`, several times. */
export async function runLighthouse(
  url: string,
  browser: Browser,
  debugPort: number,
): Promise<LighthouseResult> {
  const runs: Result[] = [];
  const indexes: number[] = [];
  const lost: Lost = new Map();
  const errors: string[] = [];
  // A run that fails to record (NO_NAVSTART and the like, on a busy machine) is run again.
  for (
    let attempt = 0;
    runs.length < LIGHTHOUSE_RUNS && attempt < LIGHTHOUSE_RUNS + 3;
    attempt += 1
  ) {
    const index = await benchmarkIndex(browser);
    const cpuSlowdownMultiplier = cpuSlowdownFor(index);
    const result = await lighthouse(url, {
      port: debugPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier },
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      continue;
    }
    runs.push(lhr);
    indexes.push(index);
    countLost(lhr, lost);
  }
  const score = (id: (typeof CATEGORIES)[number]) => {
    const values = runs.flatMap((lhr) => lhr.categories[id]?.score ?? []);
    return values.length ? Math.round(median(values) * 100) : null;
  };
  const shifts = runs.flatMap((lhr) => lhr.audits['cumulative-layout-shift']?.numericValue ?? []);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    layoutShift: shifts.length ? Math.max(...shifts) : null,
    errors,
    benchmarkIndex: median(indexes),
    cpuSlowdown: cpuSlowdownFor(median(indexes)),
    lost: [...lost].map(
      ([audit, { runs: count, worst }]) =>
        `${audit} in ${count} of ${runs.length} runs${worst.displayValue ? `, worst ${worst.displayValue}` : ''}`,
    ),
  };
}

export function lighthouseVerdict(
  type: PageType,
  result: LighthouseResult,
  noindex: boolean,
): Verdict {
  const { scores, lost, errors, layoutShift } = result;
  const below = CATEGORIES.filter((id) => (scores[id] ?? 0) < BUDGET.lighthouse);
  // A page kept out of search engines on purpose loses SEO points for exactly that, and only
  // that: excused whatever the other categories score.
  const excused =
    noindex &&
    below.includes('seo') &&
    lost
      .filter((audit) => audit.startsWith('seo:'))
      .every((audit) => /^seo: (is-crawlable|http-status-code) /.test(audit));
  const under = excused ? below.filter((id) => id !== 'seo') : below;
  const shifts = layoutShift === null || layoutShift >= BUDGET.layoutShift;
  const failures = [];
  const notes = errors.map((error) => `${type.name}: a Lighthouse run, rerun: ${error}`);
  if (under.length) {
    failures.push(`${type.name}: Lighthouse below 100 in ${under.join(', ')}`);
  }
  if (excused) notes.push(`${type.name}: * SEO < 100 only because it is noindex on purpose`);
  if (shifts) {
    failures.push(
      `${type.name}: layout shift ${layoutShift?.toFixed(3) ?? 'not measured'} ≥ ${BUDGET.layoutShift}`,
    );
  }
  return {
    rows: [
      [
        `${type.name}: Lighthouse P / A / BP / SEO`,
        CATEGORIES.map((id) => scores[id] ?? 'error').join(' / ') + (excused ? ' *' : ''),
        '100 each',
        under.length === 0 ? '✓' : '✗ under',
      ],
      [
        `${type.name}: layout shift (CLS, worst run)`,
        layoutShift?.toFixed(3) ?? 'error',
        `under ${BUDGET.layoutShift}`,
        mark(shifts),
      ],
    ],
    failures,
    notes,
  };
}
