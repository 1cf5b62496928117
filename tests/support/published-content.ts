/** What the end-to-end tests expect, read from the test site (never content/) as the build reads it. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentFields } from './content-file';
import { intakeStatus } from '../../src/lib/intake-status';
import { currentProgramme } from '../../src/lib/programme';
import { copSchema } from '../../src/schemas/cop';
import { programmeSchema } from '../../src/schemas/programme';
import { siteSchema } from '../../src/schemas/site';
import { TEST_SITE, testSitePath } from '../../scripts/lib/test-site.ts';

const CONTENT = testSitePath();

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

/** The day the test site is built as of. */
const buildDate = new Date(TEST_SITE.buildDate);

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
  if (!programme) throw new Error(`${TEST_SITE.dir}/programme/ has no programme file.`);
  return programme.intakes.map((intake) => ({
    ...intake,
    status: intakeStatus(intake, buildDate),
  }));
}
