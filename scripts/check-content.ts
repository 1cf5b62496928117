// npm run check:content: builds the site from its content folder (CONTENT_DIR, else content/) with
// the environment it is given, so on a deploy it checks exactly what is published, then checks the
// built site (scripts/check-content/). Prints each problem on one line, file, field or page, and
// the fix; with GITHUB_STEP_SUMMARY set, writes the same as Markdown on the run's Summary page.
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CONTENT_ROOT } from '../src/data/content-root.ts';
import { checkContent } from './check-content/check.ts';
import { problemLine, problemsSummary } from './lib/content-errors.ts';

const started = performance.now();
const result = await checkContent({ contentDir: CONTENT_ROOT });
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

process.stdout.write(result.buildOutput);
if (process.env.GITHUB_STEP_SUMMARY && result.problems.length > 0) {
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, problemsSummary(result.problems, result));
}
if (!result.built) {
  console.error(`\nThe build of ${CONTENT_ROOT}/ stopped.`);
  for (const problem of result.problems) console.error(problemLine(problem));
  process.exit(1);
}
if (result.problems.length > 0) {
  console.error(`\nThe content check found ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(problemLine(problem));
  process.exit(1);
}
console.log(
  `\nThe content check passed: ${CONTENT_ROOT}/ built in ${seconds(result.buildMs)}; ${result.pages} pages and ${result.cops} CoPs checked in ${seconds(performance.now() - started - result.buildMs)}.`,
);
