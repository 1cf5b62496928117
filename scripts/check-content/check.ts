// The content check: the build (schemas and cross-file checks), then properties of the built site
// that hold for any valid content, each expectation read from the content files or built pages.
import { join, relative } from 'node:path';
import { buildSite, PROJECT_ROOT } from '../lib/build-site.ts';
import { builtPages, builtSiteAddress } from '../lib/built-site.ts';
import { contentMistakes, mistakeProblems, type ContentProblem } from '../lib/content-errors.ts';
import { checkInBrowser } from './browser-checks.ts';
import type { CheckMemo } from './memo.ts';
import { pageSource, publishedCops } from './sources.ts';
import {
  checkCalendars,
  checkCops,
  checkHtml,
  checkLinks,
  checkWeights,
  type BuiltSite,
} from './static-checks.ts';

export interface CheckedSite {
  problems: ContentProblem[];
  pages: number;
  cops: number;
}

export interface CheckOptions {
  /** The project whose dist/ was built (the real one, or a copy's root). */
  root?: string;
  /** The content folder, relative to the root: what the build read as CONTENT_DIR. */
  contentDir: string;
  /** Checks already done on byte-identical pages, kept across calls. */
  memo?: CheckMemo;
}

/** Checks the site built in `root`/dist from the content in `contentDir`. */
export async function checkBuiltSite({
  root = PROJECT_ROOT,
  contentDir,
  memo,
}: CheckOptions): Promise<CheckedSite> {
  const dist = join(root, 'dist');
  const folder = join(root, contentDir);
  const shownAs = relative(root, folder) || '.';
  const built: BuiltSite = {
    dist,
    site: builtSiteAddress(dist),
    pages: builtPages(dist),
    source: (path) => pageSource(folder, path, shownAs),
    memo,
  };
  const cops = publishedCops(folder, shownAs);
  const problems = [
    ...checkLinks(built),
    ...checkCops(built, cops),
    ...checkCalendars(built),
    ...checkWeights(built),
    ...(await checkHtml(built)),
    ...(await checkInBrowser(built, cops)),
  ];
  return { problems, pages: built.pages.length, cops: cops.length };
}

export interface ContentCheck extends CheckedSite {
  /** False when the build stopped: the problems are then the build's content errors. */
  built: boolean;
  /** The build's output, without colour. */
  buildOutput: string;
  buildMs: number;
}

/** Builds the project with the environment given (plus `env`), then checks what it built. */
export async function checkContent(
  options: CheckOptions & { env?: Record<string, string> },
): Promise<ContentCheck> {
  const { root = PROJECT_ROOT, env = {} } = options;
  const { code, output, ms } = await buildSite({ root, env, quiet: true, asGiven: true });
  if (code !== 0) {
    const problems = mistakeProblems(contentMistakes(output));
    return { built: false, buildOutput: output, buildMs: ms, problems, pages: 0, cops: 0 };
  }
  return { built: true, buildOutput: output, buildMs: ms, ...(await checkBuiltSite(options)) };
}
