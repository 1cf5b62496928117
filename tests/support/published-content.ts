/** What the end-to-end tests expect, read from the test site (never content/) as the build reads it. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentFields } from '../../scripts/lib/content-file.ts';
import { intakeStatus } from '../../src/lib/intake-status.ts';
import { currentProgramme } from '../../src/lib/programme.ts';
import { copSchema } from '../../src/schemas/cop.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { reflectionSchema } from '../../src/schemas/reflection.ts';
import { formSchema } from '../../src/schemas/form.ts';
import { programmeSchema } from '../../src/schemas/programme.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { TEST_SITE, testSitePath } from '../../scripts/lib/test-site.ts';

const CONTENT = testSitePath();

function read<T extends z.ZodType>(schema: T, path: string): z.infer<T> {
  return schema.parse(contentFields(path));
}

export function site() {
  return read(siteSchema, join(CONTENT, 'site.yaml'));
}

/** Every CoP of the test site, drafts too, in their listed order. */
export function allCops() {
  return entries('cops', copSchema).sort((a, b) => a.order - b.order);
}

/** The CoPs a production build publishes, in their listed order. */
export function publishedCops() {
  return allCops().filter((cop) => !cop.draft);
}

/** Every entry of a folder of the test site, with its id (the file name). */
function entries<T extends z.ZodType<object>>(folder: string, schema: T) {
  return readdirSync(join(CONTENT, folder))
    .filter((name) => /\.(mdx|yaml)$/.test(name))
    .map((name) => ({
      id: name.replace(/\.\w+$/, ''),
      ...read(schema, join(CONTENT, folder, name)),
    }));
}

/** The test site's drafts, which a production build must leave out: their addresses and words. */
export function drafts() {
  const cops = entries('cops', copSchema).filter((cop) => cop.draft);
  const pages = entries('pages', pageSchema).filter((page) => page.draft);
  const reflections = entries('reflections', reflectionSchema).filter((r) => r.draft);
  return {
    paths: [...cops.map((cop) => `/communities/${cop.id}/`), ...pages.map((p) => `/${p.id}/`)],
    words: [...cops, ...pages].map((entry) => entry.title).concat(reflections.map((r) => r.quote)),
    cops,
    pages,
    reflections,
  };
}

/** The day the test site is built as of. */
const buildDate = new Date(TEST_SITE.buildDate);

/** The programme the test site shows on its day. */
export function currentProgrammeOfTestSite() {
  const folder = join(CONTENT, 'programme');
  const programmes = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      ...read(programmeSchema, join(folder, name)),
    }));
  const programme = currentProgramme(programmes, buildDate);
  if (!programme) throw new Error(`${TEST_SITE.dir}/programme/ has no programme file.`);
  return programme;
}

/** The current programme's intakes with the status every page should show. */
export function intakesWithStatus() {
  return currentProgrammeOfTestSite().intakes.map((intake) => ({
    ...intake,
    status: intakeStatus(intake, buildDate),
  }));
}

/** The test site's form: its introduction and questions as content/form.yaml writes them. */
export function formContent() {
  return read(formSchema, join(CONTENT, 'form.yaml'));
}
