// The site the tests build: content of their own under tests/, shaped for them (a finished year,
// a current year with a timed schedule, drafts, a status set by hand, every optional field), built
// on a fixed day, so staff edits to content/ never change what a test sees.
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site.ts';

export interface TestSite {
  /** The content folder, relative to the project's root: what the build reads as CONTENT_DIR. */
  dir: string;
  /** The day it is built as of (BUILD_DATE): mid-morning on 15 October 2026 in Melbourne. */
  buildDate: string;
}

export const TEST_SITE: TestSite = {
  dir: 'tests/fixtures/site',
  buildDate: '2026-10-14T23:00:00Z',
};

/** The test site's folder on disk. */
export const testSitePath = (site: TestSite = TEST_SITE) => join(PROJECT_ROOT, site.dir);

/** The environment that builds the test site: its folder and its day. */
export function testSiteEnv(site: TestSite = TEST_SITE): Record<string, string> {
  return { CONTENT_DIR: site.dir, BUILD_DATE: site.buildDate };
}
