// Lighthouse: the four category scores with its default (mobile) settings, and cumulative layout
// shift, for each page type, against the budgets.
import lighthouse, { type Result } from 'lighthouse';
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
  /** Lighthouse's own measure of this machine's speed at the time: low means it was busy. */
  benchmarkIndex: number;
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

/** Runs Lighthouse on `url` in the browser listening on `debugPort`, several times. */
export async function runLighthouse(url: string, debugPort: number): Promise<LighthouseResult> {
  const runs: Result[] = [];
  const lost: Lost = new Map();
  const errors: string[] = [];
  // A run that fails to record (NO_NAVSTART and the like, on a busy machine) is run again.
  for (
    let attempt = 0;
    runs.length < LIGHTHOUSE_RUNS && attempt < LIGHTHOUSE_RUNS + 3;
    attempt += 1
  ) {
    const result = await lighthouse(url, {
      port: debugPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      continue;
    }
    runs.push(lhr);
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
    benchmarkIndex: median(runs.map((lhr) => lhr.environment?.benchmarkIndex ?? 0)),
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
