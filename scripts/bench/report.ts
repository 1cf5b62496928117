// The report: one table on the console, the same figures in .bench/latest.json and a dated copy,
// and a non-zero exit when a budget is broken.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/build-site.ts';
import type { Row, Verdict } from './budgets.ts';
import type { BuildMeasure } from './build-time.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { SiteCss, PageWeight } from './page-weight.ts';
import type { PageType } from './pages.ts';
import type { ScaleStep } from './scale.ts';
import type { SearchTiming } from './search-timing.ts';

export interface PageResult extends PageType, PageWeight, LighthouseResult {
  /** The machine's load average while Lighthouse ran. */
  loadAverage: number;
}

export interface BenchResults {
  date: string;
  build: BuildMeasure;
  pages: PageResult[];
  css: SiteCss;
  search?: SearchTiming;
  scale: ScaleStep[];
}

/** The verdicts of the measurements, in order, as one. */
export function combine(verdicts: Verdict[]): Verdict {
  return {
    rows: verdicts.flatMap((verdict) => verdict.rows),
    failures: verdicts.flatMap((verdict) => verdict.failures),
    notes: verdicts.flatMap((verdict) => verdict.notes),
  };
}

function table(rows: Row[]): string {
  const all: Row[] = [['measure', 'value', 'budget', 'ok'], ...rows];
  const widths = all[0]!.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  const line = (row: Row) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(all[0]!),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function machineLoad(pages: PageResult[]): string {
  if (!pages.length) return 'No page was measured with Lighthouse.';
  const range = (values: number[], digits: number) =>
    `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
  const busiest = Math.max(...pages.map((page) => page.loadAverage));
  const indexes = range(
    pages.map((page) => page.benchmarkIndex),
    0,
  );
  const slowdowns = range(
    pages.map((page) => page.cpuSlowdown),
    1,
  );
  return (
    `Machine load during Lighthouse: up to ${busiest.toFixed(1)} on ${availableParallelism()} cores; ` +
    `Lighthouse's benchmark index ${indexes}, so a CPU slowdown of ${slowdowns}× ` +
    '(4× on the machine Lighthouse calibrates to). Total Blocking Time and First Contentful Paint ' +
    'swing with load: rerun on a quiet machine before chasing them.'
  );
}

/** Prints the table and what explains it, writes .bench/, and fails the run when over budget. */
export function report(results: BenchResults, { rows, failures, notes }: Verdict): void {
  const printed = table(rows);
  console.log(`\n${printed}\n`);
  console.log(
    'Scale: "per page vs real" is build time / dist size / index size per page against the real\n' +
      'site’s; fixed costs (start-up, Pagefind’s runtime) make it fall as pages are added. "Per added\n' +
      'page" is what each page added since the row above cost: steady from row to row is linear.\n' +
      'HTML counts inline script and style; the CSS and JS columns count them too.',
  );
  for (const note of notes) console.log(`Note: ${note}`);
  for (const page of results.pages) {
    for (const audit of page.lost) console.log(`Lighthouse, ${page.name}: ${audit}`);
  }
  console.log(machineLoad(results.pages));

  const folder = join(PROJECT_ROOT, '.bench');
  mkdirSync(folder, { recursive: true });
  const json = JSON.stringify({ ...results, notes, failures, table: printed }, null, 2);
  writeFileSync(join(folder, 'latest.json'), json);
  writeFileSync(join(folder, `bench-${results.date.replace(/[:.]/g, '-')}.json`), json);

  if (failures.length) {
    console.error(`\nOver budget:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery budget met.');
  }
}
