// `npm run bench`: builds the site and measures it against the budgets docs/development.md lists
// ("Budgets: npm run bench"): page weight, Lighthouse and layout shift, build time, search speed,
// and growth to 200 and 1,000 CoPs. Prints one table, writes the same figures to .bench/, and exits
// non-zero when a budget is broken. A benchmark, not a test: timings on a shared machine are noisy,
// so it is not part of `npm test`. Each measurement is a module of scripts/bench/.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Verdict } from './bench/budgets.ts';
import { buildVerdict, measureBuild } from './bench/build-time.ts';
import { lighthouseVerdict, runLighthouse } from './bench/lighthouse.ts';
import { cssVerdict, pageWeight, siteCss, weightVerdict } from './bench/page-weight.ts';
import { measuredPages } from './bench/pages.ts';
import { combine, report, type BenchResults, type PageResult } from './bench/report.ts';
import { scaleBuild, scaleVerdict, SCALE_STEPS, type ScaleStep } from './bench/scale.ts';
import {
  measureSearch,
  SEARCH,
  searchQueries,
  searchVerdict,
  type SearchTiming,
} from './bench/search-timing.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { PROJECT_ROOT } from './lib/build-site.ts';
import { serveSite } from './serve.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4605);
const DEBUG_PORT = PORT + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = join(PROJECT_ROOT, 'dist');

const date = new Date().toISOString();
const verdicts: Verdict[] = [];

console.log('Building the site…');
const build = await measureBuild(PROJECT_ROOT, ORIGIN);
const { pages: types, notes } = measuredPages(DIST);
verdicts.push({ rows: [], failures: [], notes });

const pages: PageResult[] = [];
const css = siteCss(DIST, ORIGIN);
let search: SearchTiming | undefined;
const { server } = await serveSite({ root: DIST, port: PORT });
const executablePath = await findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
});
try {
  for (const type of types) {
    console.log(`Measuring ${type.name} (${type.path})…`);
    const weight = pageWeight(DIST, type.path, ORIGIN);
    const lighthouse = await runLighthouse(`${ORIGIN}${type.path}`, browser, DEBUG_PORT);
    pages.push({ ...type, ...weight, ...lighthouse, loadAverage: loadavg()[0] ?? 0 });
    verdicts.push(weightVerdict(type, weight), lighthouseVerdict(type, lighthouse, weight.noindex));
  }
  verdicts.push(cssVerdict(css), buildVerdict(build));
  if (types.some((type) => type.path === SEARCH.path)) {
    console.log('Timing search…');
    search = await measureSearch(browser, ORIGIN, searchQueries(DIST));
    verdicts.push(searchVerdict(search));
  } else {
    verdicts.push({ rows: [], failures: [], notes: ['search: /search/ is not built, not timed'] });
  }
} finally {
  await browser.close();
  server.close();
}

const scale: ScaleStep[] = [];
for (const count of SCALE_STEPS) {
  console.log(`Building a copy with ${count} more CoPs…`);
  scale.push(await scaleBuild(count, ORIGIN));
}
verdicts.push(scaleVerdict(build, scale));

const results: BenchResults = { date, build, pages, css, scale, ...(search ? { search } : {}) };
report(results, combine(verdicts));
