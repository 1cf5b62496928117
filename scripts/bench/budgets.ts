// The budgets `npm run bench` checks: docs/development.md lists them ("Budgets: npm run bench").
export const KB = 1024;

/** In bytes after gzip, Lighthouse points, seconds, and cumulative layout shift. */
export const BUDGET = {
  html: 20 * KB,
  contentJs: 1.5 * KB,
  applyJs: 20 * KB,
  searchJs: 12 * KB,
  siteCss: 10 * KB,
  lighthouse: 100,
  buildSeconds: 20,
  /** CLS must stay under this on every page type. */
  layoutShift: 0.05,
} as const;

/** One line of the report: what, how much, against what, and whether it is within budget. */
export type Row = [measure: string, value: string, budget: string, ok: string];

/** What a measurement adds to the report. */
export interface Verdict {
  rows: Row[];
  /** Budgets broken, one sentence each: any makes the benchmark exit non-zero. */
  failures: string[];
  notes: string[];
}

export const mark = (over: boolean) => (over ? '✗ over' : '✓');
