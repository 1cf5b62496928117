// `npm run bench`: builds the site once and measures it against the budgets in DESIGN.md: page
// weight, Lighthouse, build time, growth to 200 and 1,000 CoPs, and search speed. Prints one table,
// writes the same figures to .bench/, and exits non-zero when a budget is broken. A benchmark, not a
// test: timings on a shared machine are noisy, so it is not part of `npm test`.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { JSDOM } from 'jsdom';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveSite } from './serve.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PORT = Number(process.env.BENCH_PORT ?? 4605);
const DEBUG_PORT = PORT + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const KB = 1024;

/** The budgets in DESIGN.md ("Budgets"), in bytes after gzip, seconds and Lighthouse points. */
const BUDGET = {
  html: 20 * KB,
  contentJs: 1.5 * KB,
  applyJs: 20 * KB,
  searchJs: 12 * KB,
  siteCss: 10 * KB,
  lighthouse: 100,
  buildSeconds: 20,
};

/**
 * The page types measured, each with its JavaScript budget. `path` finds the page in dist/; a page
 * not built yet is left out and named in the notes. The 404 page is measured at /404.html:
 * Lighthouse refuses to score a page answered with status 404.
 */
const PAGE_TYPES = [
  { name: 'home', path: () => '/', js: BUDGET.contentJs },
  { name: 'listing', path: () => '/communities/', js: BUDGET.contentJs },
  { name: 'CoP page', path: (dist) => firstPageUnder(dist, 'communities'), js: BUDGET.contentJs },
  { name: 'MDX page', path: () => '/approach/', js: BUDGET.contentJs },
  { name: 'reflections', path: () => '/reflections/', js: BUDGET.contentJs },
  { name: '/apply/', path: () => '/apply/', js: BUDGET.applyJs },
  { name: '/search/', path: () => '/search/', js: BUDGET.searchJs },
  { name: '404', path: () => '/404.html', js: BUDGET.contentJs },
];

/**
 * The search page and how to drive it: the box in <main> (the header has its own), the results,
 * and the status line that names the query once its results are shown.
 */
const SEARCH = {
  path: '/search/',
  island: 'site-search-island',
  input: 'main input[type="search"]',
  results: 'main .search__results a[href]',
  status: 'main [role="status"]',
};

/** How many generated CoPs the scale builds add to a copy of the project (BENCH_SCALE=200,1000). */
const SCALE_STEPS = (process.env.BENCH_SCALE ?? '200,1000').split(',').filter(Boolean).map(Number);

// ---------------------------------------------------------------- helpers

const gzipSize = (content) => gzipSync(content, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / KB / KB).toFixed(2)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function walk(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const folderBytes = (folder) => walk(folder).reduce((sum, file) => sum + statSync(file).size, 0);
const htmlFiles = (dist) => walk(dist).filter((file) => file.endsWith('.html'));

function firstPageUnder(dist, folder) {
  const ids = existsSync(join(dist, folder))
    ? readdirSync(join(dist, folder)).filter((id) =>
        existsSync(join(dist, folder, id, 'index.html')),
      )
    : [];
  return ids.length ? `/${folder}/${ids.sort()[0]}/` : null;
}

function fileForPath(dist, path) {
  const file = join(dist, decodeURIComponent(path.split(/[?#]/)[0]));
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

/** Builds per measurement; the fastest counts, since a busy machine only ever adds time. */
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 2);

/**
 * Runs `astro build --force` (no content cache, as on a fresh checkout) in a folder and says how
 * long the fastest of BUILD_RUNS took; the Pagefind index is part of the build.
 */
function build(cwd) {
  let fastest = Infinity;
  for (let run = 0; run < BUILD_RUNS; run += 1) {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'],
      {
        cwd,
        env: { ...process.env, SITE_URL: ORIGIN, ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        maxBuffer: 64 * KB * KB,
      },
    );
    const ms = performance.now() - started;
    if (result.status !== 0) {
      console.error(result.stdout, result.stderr);
      throw new Error(`astro build failed in ${cwd}`);
    }
    fastest = Math.min(fastest, ms);
  }
  return fastest;
}

// ---------------------------------------------------------------- page weight

/** The JavaScript files a module pulls in before it can run (its static imports, all the way down). */
function staticImports(dist, file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const pattern =
    /(?:^|[\s;})])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.m?js)["']/g;
  for (const [, specifier] of code.matchAll(pattern)) {
    const target = specifier.startsWith('/')
      ? join(dist, specifier)
      : join(dirname(file), specifier);
    staticImports(dist, target, seen);
  }
}

/** What a page costs to load: its HTML, and the CSS and JavaScript it loads before it is usable. */
function pageWeight(dist, path) {
  const html = readFileSync(fileForPath(dist, path), 'utf8');
  const { document } = new JSDOM(html).window;
  const local = (url) => {
    const resolved = new URL(url, `${ORIGIN}${path}`);
    return resolved.origin === ORIGIN ? join(dist, resolved.pathname) : null;
  };
  const cssFiles = new Set();
  const jsFiles = new Set();
  let inlineCss = 0;
  let inlineJs = 0;
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const file = local(link.getAttribute('href'));
    if (file) cssFiles.add(file);
  }
  for (const style of document.querySelectorAll('style')) inlineCss += gzipSize(style.textContent);
  const moduleUrls = [
    ...[...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')),
    ...[...document.querySelectorAll('link[rel="modulepreload"][href]')].map((link) =>
      link.getAttribute('href'),
    ),
    ...[...document.querySelectorAll('astro-island')].flatMap((island) =>
      ['component-url', 'renderer-url', 'before-hydration-url']
        .map((name) => island.getAttribute(name))
        .filter(Boolean),
    ),
  ];
  for (const url of moduleUrls) {
    const file = local(url);
    if (file) staticImports(dist, file, jsFiles);
  }
  for (const script of document.querySelectorAll('script:not([src])')) {
    const type = script.getAttribute('type') ?? '';
    if (type !== '' && type !== 'module' && !/javascript/.test(type)) continue;
    inlineJs += gzipSize(script.textContent);
    // An inline module can import bundled chunks too.
    for (const [, specifier] of script.textContent.matchAll(/["'](\/_astro\/[^"']+\.js)["']/g)) {
      staticImports(dist, join(dist, specifier), jsFiles);
    }
  }
  const filesGzip = (files) =>
    [...files].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
  const jsParts = [...jsFiles].map(
    (file) => `${relative(dist, file).split(sep).join('/')} ${kb(gzipSize(readFileSync(file)))}`,
  );
  return {
    html: gzipSize(html),
    css: filesGzip(cssFiles) + inlineCss,
    js: filesGzip(jsFiles) + inlineJs,
    jsParts: inlineJs ? [...jsParts, `inline scripts ${kb(inlineJs)}`] : jsParts,
    noindex: document.querySelector('meta[name="robots"][content*="noindex"]') !== null,
  };
}

/**
 * All the CSS the site's pages load, gzipped as one stylesheet: every linked stylesheet and every
 * distinct inline block. Astro inlines each page's small component styles, one component to a
 * line, so a component shared by many pages counts once. Files nothing links to (Pagefind writes
 * its own UI's stylesheets) are not counted.
 */
function siteCss(dist) {
  const pieces = new Set();
  const fonts = new Set();
  for (const file of htmlFiles(dist)) {
    const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
    for (const style of document.querySelectorAll('style')) {
      for (const line of style.textContent.split('\n')) if (line.trim()) pieces.add(line);
    }
    for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
      const url = new URL(link.getAttribute('href'), ORIGIN);
      if (url.origin === ORIGIN) pieces.add(readFileSync(join(dist, url.pathname), 'utf8'));
    }
    for (const link of document.querySelectorAll('link[as="font"], link[href$=".woff2"]')) {
      fonts.add(link.getAttribute('href'));
    }
  }
  for (const css of pieces) {
    for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/g)) fonts.add(face.slice(0, 80));
  }
  return { bytes: gzipSize([...pieces].join('\n')), fonts: [...fonts] };
}

// ---------------------------------------------------------------- Lighthouse

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse runs per page; each category's median is kept, as Lighthouse's docs advise for noise. */
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Lighthouse's four scores with its default (mobile) settings, the median of several runs, and the
 * audits that cost points (with how many runs they did).
 */
async function runLighthouse(url) {
  const runs = [];
  const lost = new Map();
  const errors = [];
  // A run that fails to record (NO_NAVSTART and the like, on a busy machine) is run again.
  for (
    let attempt = 0;
    runs.length < LIGHTHOUSE_RUNS && attempt < LIGHTHOUSE_RUNS + 3;
    attempt += 1
  ) {
    const { lhr } = await lighthouse(url, {
      port: DEBUG_PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (lhr.runtimeError) {
      errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      continue;
    }
    runs.push(lhr);
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
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const values = runs
        .map((lhr) => lhr.categories[id]?.score)
        .filter((score) => typeof score === 'number');
      return [id, values.length ? Math.round(median(values) * 100) : null];
    }),
  );
  return {
    scores,
    errors,
    // Lighthouse's own measure of this machine's speed at the time: low means it was busy.
    benchmarkIndex: median(runs.map((lhr) => lhr.environment?.benchmarkIndex ?? 0)),
    lost: [...lost].map(
      ([audit, { runs: count, worst }]) =>
        `${audit} in ${count} of ${runs.length} runs${worst.displayValue ? `, worst ${worst.displayValue}` : ''}`,
    ),
  };
}

// ---------------------------------------------------------------- scale

const WORDS = readdirSync(join(ROOT, 'content', 'cops'))
  .map((name) =>
    readFileSync(join(ROOT, 'content', 'cops', name), 'utf8')
      .split('---')
      .at(-1),
  )
  .join(' ')
  .split(/[^A-Za-z']+/)
  .filter((word) => word.length > 3);

/** A CoP file like the real ones, its prose drawn from their words so the index grows as it would. */
function generatedCop(index) {
  const pick = (n, offset) =>
    Array.from({ length: n }, (_, i) => WORDS[(index * 7919 + offset + i * 104729) % WORDS.length]);
  const paragraph = (offset) => `${pick(60, offset).join(' ')}.`;
  const stages = ['emerging', 'mid-to-senior', 'any'];
  const settings = ['any', 'schools', 'workforce-development'];
  // JSON strings are YAML strings: no quoting surprises.
  const text = (words) => JSON.stringify(words.join(' '));
  return [
    '---',
    `title: ${text(['Bench', ...pick(3, 1), 'CoP', String(index)])}`,
    `summary: ${text(['Generated for the benchmark:', ...pick(8, 2)])}`,
    'audience:',
    `  - ${text(pick(8, 3))}`,
    `  - ${text(pick(8, 4))}`,
    `careerStage: ${stages[index % stages.length]}`,
    `setting: ${settings[index % settings.length]}`,
    `order: ${1000 + index}`,
    '---',
    '',
    paragraph(5),
    '',
    paragraph(6),
    '',
    paragraph(7),
    '',
  ].join('\n');
}

const SKIP_IN_COPY = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  '.bench',
  '.inbox',
  'test-results',
  'playwright-report',
]);

/** Builds a copy of the project with `count` more CoPs; content/ itself is never touched. */
function scaleBuild(count) {
  const copy = mkdtempSync(join(tmpdir(), `cop-bench-${count}-`));
  try {
    cpSync(ROOT, copy, {
      recursive: true,
      filter: (source) => !SKIP_IN_COPY.has(basename(source)) || dirname(source) !== ROOT,
    });
    // Every package linked, but not the caches Astro and Vite keep in node_modules: the copy's
    // build must not write the real project's content cache.
    mkdirSync(join(copy, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name === '.astro' || name === '.vite') continue;
      symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
    }
    for (let index = 1; index <= count; index += 1) {
      const name = `bench-${String(index).padStart(4, '0')}.mdx`;
      writeFileSync(join(copy, 'content', 'cops', name), generatedCop(index));
    }
    const ms = build(copy);
    const dist = join(copy, 'dist');
    return {
      cops: count,
      pages: htmlFiles(dist).length,
      buildMs: ms,
      distBytes: folderBytes(dist),
      indexBytes: folderBytes(join(dist, 'pagefind')),
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- search

/** Words from the CoP titles, so the queries find something whatever the content says. */
function searchQueries(dist) {
  const titles = readdirSync(join(dist, 'communities'))
    .filter((id) => existsSync(join(dist, 'communities', id, 'index.html')))
    .map((id) => {
      const html = readFileSync(join(dist, 'communities', id, 'index.html'), 'utf8');
      return new JSDOM(html).window.document.querySelector('h1')?.textContent ?? '';
    });
  const words = titles.flatMap((title) =>
    title
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length > 6),
  );
  return [...new Set(words)].slice(0, 4);
}

/** Bytes a response costs over a host that gzips text (Pagefind's index files come gzipped). */
async function transferBytes(response) {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return /text|javascript|json|xml|svg/.test(type) ? gzipSize(body) : body.length;
}

/**
 * Types each query into the search box and times from its last keystroke to the first render of
 * its results, counting the bytes the first query needed from the moment the box is focused
 * (Pagefind's runtime loads then).
 */
async function measureSearch(browser, queries) {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}${SEARCH.path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector(`${SEARCH.island}:not([ssr])`, { timeout: 10_000 });
  const box = page.locator(SEARCH.input).first();
  let counting = true;
  const pending = [];
  page.on('response', (response) => {
    if (counting) pending.push(transferBytes(response));
  });
  const timings = [];
  let firstQueryBytes = 0;
  for (const [index, query] of queries.entries()) {
    await box.fill(query.slice(0, -1));
    await page.evaluate(
      ({ query, results, status }) => {
        const shown = () =>
          (document.querySelector(status)?.textContent ?? '').includes(query) &&
          document.querySelectorAll(results).length > 0;
        const state = { keyAt: 0, renderedAt: 0 };
        window.__bench = state;
        document.addEventListener('keydown', () => (state.keyAt = performance.now()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (state.keyAt && shown()) {
            state.renderedAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.querySelector('main') ?? document.body, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      },
      { query, results: SEARCH.results, status: SEARCH.status },
    );
    await box.press(query.at(-1));
    await page.waitForFunction(() => window.__bench.renderedAt > 0, null, { timeout: 15_000 });
    const { keyAt, renderedAt } = await page.evaluate(() => window.__bench);
    timings.push({ query, ms: renderedAt - keyAt });
    if (index === 0) {
      await page.waitForLoadState('networkidle');
      counting = false;
      firstQueryBytes = (await Promise.all(pending)).reduce((sum, bytes) => sum + bytes, 0);
    }
  }
  await page.close();
  return { firstQueryBytes, timings };
}

// ---------------------------------------------------------------- report

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(rows[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

async function main() {
  const dist = join(ROOT, 'dist');
  const failures = [];
  const rows = [['measure', 'value', 'budget', 'ok']];
  const mark = (over) => (over ? '✗ over' : '✓');
  const results = { date: new Date().toISOString(), pages: [], scale: [], notes: [] };

  console.log('Building the site…');
  const buildMs = build(ROOT);
  const realPages = htmlFiles(dist).length;
  results.build = {
    ms: buildMs,
    pages: realPages,
    distBytes: folderBytes(dist),
    indexBytes: folderBytes(join(dist, 'pagefind')),
  };

  const pageTypes = PAGE_TYPES.map((type) => ({ ...type, path: type.path(dist) })).filter(
    (type) => {
      const built = type.path && existsSync(fileForPath(dist, type.path));
      if (!built) results.notes.push(`${type.name}: not built yet, not measured`);
      return built;
    },
  );

  const { server } = await serveSite({ root: dist, port: PORT });
  const executablePath = await findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
  });
  try {
    for (const type of pageTypes) {
      console.log(`Measuring ${type.name} (${type.path})…`);
      const weight = pageWeight(dist, type.path);
      const { scores, lost, errors, benchmarkIndex } = await runLighthouse(`${ORIGIN}${type.path}`);
      const under = CATEGORIES.filter((id) => !(scores[id] >= BUDGET.lighthouse));
      // A page kept out of search engines on purpose loses SEO points for exactly that, and only that.
      const excused =
        weight.noindex &&
        under.length === 1 &&
        under[0] === 'seo' &&
        lost
          .filter((audit) => audit.startsWith('seo:'))
          .every((audit) => /^seo: (is-crawlable|http-status-code) /.test(audit));
      results.pages.push({
        ...type,
        ...weight,
        lighthouse: scores,
        lost,
        errors,
        benchmarkIndex,
        loadAverage: loadavg()[0],
      });
      const overHtml = weight.html > BUDGET.html;
      const overJs = weight.js > type.js;
      rows.push([
        `${type.name}: HTML / CSS / JS (gzip)`,
        `${kb(weight.html)} / ${kb(weight.css)} / ${kb(weight.js)}`,
        `${kb(BUDGET.html)} / site ${kb(BUDGET.siteCss)} / ${kb(type.js)}`,
        mark(overHtml || overJs),
      ]);
      rows.push([
        `${type.name}: Lighthouse P / A / BP / SEO`,
        CATEGORIES.map((id) => scores[id] ?? 'error').join(' / ') + (excused ? ' *' : ''),
        '100 each',
        under.length === 0 || excused ? '✓' : '✗ under',
      ]);
      if (overHtml) failures.push(`${type.name}: HTML ${kb(weight.html)} > ${kb(BUDGET.html)}`);
      if (overJs) {
        failures.push(
          `${type.name}: JavaScript ${kb(weight.js)} > ${kb(type.js)} (${weight.jsParts.join(', ')})`,
        );
      }
      if (under.length && !excused) {
        failures.push(`${type.name}: Lighthouse below 100 in ${under.join(', ')}`);
      }
      if (excused)
        results.notes.push(`${type.name}: * SEO < 100 only because it is noindex on purpose`);
      for (const error of errors)
        results.notes.push(`${type.name}: a Lighthouse run, rerun: ${error}`);
    }

    const css = siteCss(dist);
    results.css = css;
    rows.push([
      'CSS, whole site (gzip); web fonts',
      `${kb(css.bytes)}; ${css.fonts.length ? css.fonts.join(', ') : 'none'}`,
      `${kb(BUDGET.siteCss)}; none on the critical path`,
      mark(css.bytes > BUDGET.siteCss || css.fonts.length > 0),
    ]);
    if (css.bytes > BUDGET.siteCss) failures.push(`CSS ${kb(css.bytes)} > ${kb(BUDGET.siteCss)}`);
    if (css.fonts.length) failures.push(`web fonts shipped: ${css.fonts.join(', ')}`);

    const overBuild = buildMs / 1000 > BUDGET.buildSeconds;
    rows.push([
      `build + index, real site (${realPages} pages)`,
      `${seconds(buildMs)}; dist ${mb(results.build.distBytes)}, index ${kb(results.build.indexBytes)}`,
      `${BUDGET.buildSeconds} s`,
      mark(overBuild),
    ]);
    if (overBuild) failures.push(`build + index ${seconds(buildMs)} > ${BUDGET.buildSeconds} s`);

    if (pageTypes.some((type) => type.path === SEARCH.path)) {
      console.log('Timing search…');
      const search = await measureSearch(browser, searchQueries(dist));
      results.search = search;
      const [first, ...later] = search.timings;
      rows.push(['search: first query, bytes (gzip)', kb(search.firstQueryBytes), 'measured', '']);
      rows.push([
        'search: keystroke → results, first / later',
        `${Math.round(first.ms)} ms / ${later.length ? `${Math.round(median(later.map((t) => t.ms)))} ms median of ${later.length}` : 'n/a'}`,
        'measured',
        '',
      ]);
    } else {
      results.notes.push('search: /search/ is not built yet, not timed');
    }
  } finally {
    await browser.close();
    server.close();
  }

  let previous = { ...results.build, buildMs };
  for (const count of SCALE_STEPS) {
    console.log(`Building a copy with ${count} more CoPs…`);
    const step = scaleBuild(count);
    results.scale.push(step);
    const real = results.build;
    const perPage = (value, realValue) =>
      realValue ? `×${(value / step.pages / (realValue / real.pages)).toFixed(2)}` : 'n/a';
    // What each page added since the row above cost: the same on every row is linear growth.
    const added = step.pages - previous.pages;
    const marginal = [
      `${Math.round((step.buildMs - previous.buildMs) / added)} ms`,
      kb((step.distBytes - previous.distBytes) / added),
      kb((step.indexBytes - previous.indexBytes) / added),
    ].join(' / ');
    rows.push([
      `scale: +${count} CoPs (${step.pages} pages)`,
      `${seconds(step.buildMs)}, dist ${mb(step.distBytes)}, index ${mb(step.indexBytes)}; ` +
        `per page vs real ${perPage(step.buildMs, real.ms)} / ${perPage(step.distBytes, real.distBytes)} / ${perPage(step.indexBytes, real.indexBytes)}; ` +
        `per added page ${marginal}`,
      'linear: per added page steady',
      '',
    ]);
    previous = step;
  }

  results.failures = failures;
  const report = table(rows);
  console.log(`\n${report}\n`);
  console.log(
    'Scale: "per page vs real" is build time / dist size / index size per page against the real\n' +
      'site’s; fixed costs (start-up, Pagefind’s runtime) make it fall as pages are added. "Per added\n' +
      'page" is what each page added since the row above cost: steady from row to row is linear.\n' +
      'HTML counts inline script and style; the CSS and JS columns count them too.',
  );
  for (const note of results.notes) console.log(`Note: ${note}`);
  for (const page of results.pages) {
    for (const audit of page.lost) console.log(`Lighthouse, ${page.name}: ${audit}`);
  }
  const busiest = Math.max(...results.pages.map((page) => page.loadAverage));
  console.log(
    `Machine load during Lighthouse: up to ${busiest.toFixed(1)} on ${availableParallelism()} cores; ` +
      `Lighthouse's benchmark index ${Math.min(...results.pages.map((page) => page.benchmarkIndex))}–` +
      `${Math.max(...results.pages.map((page) => page.benchmarkIndex))}. Total Blocking Time and ` +
      'First Contentful Paint swing with load: rerun on a quiet machine before chasing them.',
  );
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  const json = JSON.stringify({ ...results, table: report }, null, 2);
  writeFileSync(join(ROOT, '.bench', 'latest.json'), json);
  writeFileSync(join(ROOT, '.bench', `bench-${results.date.replace(/[:.]/g, '-')}.json`), json);
  if (failures.length) {
    console.error(`\nOver budget:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery budget met.');
  }
}

await main();
