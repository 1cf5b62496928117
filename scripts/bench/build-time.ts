// Build time: the site built from scratch, Pagefind's index included, against its budget.
import { join } from 'node:path';
import { buildSite } from '../lib/build-site.ts';
import { BUDGET, mark, type Verdict } from './budgets.ts';
import { publicHtmlFiles } from './pages.ts';
import { folderBytes, kb, mb, seconds } from './sizes.ts';

/** Builds per measurement; the fastest counts, since a busy machine only ever adds time. */
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 2);

export interface BuildMeasure {
  /** The fastest build, in milliseconds. */
  ms: number;
  /** Public pages built. */
  pages: number;
  distBytes: number;
  indexBytes: number;
}

/**
 * Builds the project at `root` BUILD_RUNS times with `astro build --force` (no content cache, as
 * on a fresh checkout) for the site at `origin`, and measures the fastest and what it wrote.
 */
export async function measureBuild(root: string, origin: string): Promise<BuildMeasure> {
  let fastest = Infinity;
  for (let run = 0; run < BUILD_RUNS; run += 1) {
    const { code, output, ms } = await buildSite({
      root,
      env: { SITE_URL: origin },
      force: true,
      quiet: true,
    });
    if (code !== 0) {
      console.error(output);
      throw new Error(`astro build failed in ${root}`);
    }
    fastest = Math.min(fastest, ms);
  }
  const dist = join(root, 'dist');
  return {
    ms: fastest,
    pages: publicHtmlFiles(dist).length,
    distBytes: folderBytes(dist),
    indexBytes: folderBytes(join(dist, 'pagefind')),
  };
}

export function buildVerdict(build: BuildMeasure): Verdict {
  const over = build.ms / 1000 > BUDGET.buildSeconds;
  return {
    rows: [
      [
        `build + index, real site (${build.pages} pages)`,
        `${seconds(build.ms)}; dist ${mb(build.distBytes)}, index ${kb(build.indexBytes)}`,
        `${BUDGET.buildSeconds} s`,
        mark(over),
      ],
    ],
    failures: over ? [`build + index ${seconds(build.ms)} > ${BUDGET.buildSeconds} s`] : [],
    notes: [],
  };
}
