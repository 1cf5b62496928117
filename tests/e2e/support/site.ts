/** What the end-to-end tests expect, read from the built site and from content/ as the build reads it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { z } from 'astro/zod';
import { contentFields } from '../../helpers/content-file';
import { intakeStatus } from '../../../src/lib/intake-status';
import { currentProgramme } from '../../../src/lib/programme';
import { copSchema } from '../../../src/schemas/cop';
import { programmeSchema } from '../../../src/schemas/programme';
import { siteSchema } from '../../../src/schemas/site';

const ROOT = join(import.meta.dirname, '../../..');
const DIST = join(ROOT, 'dist');
const CONTENT = join(ROOT, 'content');

/** An address the site does not have: the host serves its 404 page there. */
export const MISSING_PAGE = '/no-such-page-here/';

/** The pages listed in the built sitemap, as paths. */
export function sitemapRoutes(): string[] {
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error('dist/ has no sitemap: run `npm run build` first.');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const sitemaps = locs(readFileSync(index, 'utf8')).map((url) => new URL(url).pathname);
  return sitemaps.flatMap((sitemap) =>
    locs(readFileSync(join(DIST, sitemap), 'utf8')).map((url) => new URL(url).pathname),
  );
}

/**
 * Every page the build wrote (each `index.html` in dist/, so pages kept out of the sitemap
 * count too), plus an address the site does not have, which shows the not-found page.
 */
export function builtRoutes(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first.');
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
  return [...pages, MISSING_PAGE];
}

function read<T extends z.ZodType>(schema: T, path: string): z.infer<T> {
  return schema.parse(contentFields(path));
}

export function site() {
  return read(siteSchema, join(CONTENT, 'site.yaml'));
}

/** The CoPs a production build publishes, in their listed order. */
export function publishedCops() {
  const folder = join(CONTENT, 'cops');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ id: name.replace(/\.mdx$/, ''), ...read(copSchema, join(folder, name)) }))
    .filter((cop) => !cop.draft)
    .sort((a, b) => a.order - b.order);
}

/** When the site was built: the same `BUILD_DATE` the build reads, else now. */
const buildDate = new Date(process.env['BUILD_DATE'] ?? Date.now());

/** The current programme's intakes with the status every page should show. */
export function intakesWithStatus() {
  const folder = join(CONTENT, 'programme');
  const programmes = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      ...read(programmeSchema, join(folder, name)),
    }));
  const programme = currentProgramme(programmes, buildDate);
  if (!programme) throw new Error('content/programme/ has no programme file.');
  return programme.intakes.map((intake) => ({
    ...intake,
    status: intakeStatus(intake, buildDate),
  }));
}
