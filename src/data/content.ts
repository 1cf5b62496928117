/** The one place pages read content from: drafts hidden in production, lists in order. */
import { getCollection, getEntry } from 'astro:content';
import { byCopOrder, byPageOrder, newestFirst } from '../lib/content/in-order.ts';
import { contentErrorsStillThere } from './content-errors-seen.ts';
import { checkContent } from '../lib/content/cross-file-checks.ts';
import { buildDateFrom, melbourneToday } from '../lib/dates.ts';
import { informationCurrent, nextChange } from '../lib/next-change.ts';
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import { shownProgramme } from '../lib/shown-programme.ts';

/** When this build happened; `BUILD_DATE` (ISO) pins it, for tests and previews of a future date. */
export const buildDate = buildDateFrom(import.meta.env['BUILD_DATE']);
/** The build's day in Melbourne, YYYY-MM-DD: where the timeline marks now. */
export const buildDay = melbourneToday(buildDate);

const showDrafts = import.meta.env.DEV;
const published = <T extends { data: { draft: boolean } }>(entry: T) =>
  showDrafts || !entry.data.draft;

const warned = new Set<string>();

/**
 * Mistakes between files stop the build naming the file, field and fix; in dev, pages show
 * them, and any single-file mistake the loaders saw, in place of stale content.
 */
async function checkAcrossFiles() {
  const asFile = <T>(entry: { id: string; filePath?: string | undefined; data: T }) => ({
    id: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
  });
  const [programmes, cops, reflections] = await Promise.all([
    getCollection('programme'),
    getCollection('cops'),
    getCollection('reflections'),
  ]);
  const { errors, warnings } = checkContent(
    {
      programmes: programmes.map(asFile),
      cops: cops.map(asFile),
      reflections: reflections.map(asFile),
    },
    buildDate,
  );
  for (const warning of warnings.filter((line) => !warned.has(line))) {
    warned.add(warning);
    console.warn(`\nContent warning: ${warning}`);
  }
  const problems = [...contentErrorsStillThere(), ...errors];
  if (problems.length > 0) {
    const error = new Error(`Content error:\n${problems.join('\n')}`);
    error.stack = error.message;
    throw error;
  }
}

// Once per build; in dev on every request, so a fixed file clears the error straight away.
let checkedOnce: Promise<void> | undefined;
const contentChecked = () =>
  showDrafts ? checkAcrossFiles() : (checkedOnce ??= checkAcrossFiles());

export async function getSite() {
  await contentChecked();
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml is missing: create it (see docs/editing.md).');
  return entry.data;
}

export type { IntakeWithStatus, ProgrammeWithStatus } from '../lib/programme-view.ts';

/** The programme year the site shows, with each intake's status as of the build. */
export async function getProgramme(): Promise<ProgrammeWithStatus> {
  await contentChecked();
  const programmes = await getCollection('programme');
  const programme = shownProgramme(
    programmes.map((entry) => ({ ...entry.data, id: entry.id })),
    buildDate,
    (await getCops()).map((cop) => cop.id),
  );
  if (!programme)
    throw new Error('content/programme/ has no programme file: add one (see docs/editing.md).');
  return programme;
}

const findNextChange = async () =>
  nextChange(
    (await getCollection('programme')).map((entry) => ({ ...entry.data, id: entry.id })),
    buildDate,
  );
let changeFound: Promise<string | undefined> | undefined;

/** The first day after the build on which the site would say otherwise (src/lib/next-change.ts). */
export function getNextChange(): Promise<string | undefined> {
  if (showDrafts) return findNextChange();
  changeFound ??= findNextChange();
  return changeFound;
}

/** For which days the statuses hold, in the words InformationCurrent shows (src/lib/next-change.ts). */
export async function getInformationCurrent() {
  return informationCurrent(buildDate, await getNextChange());
}

export async function getCops() {
  const cops = await getCollection('cops', published);
  return cops.sort(byCopOrder);
}

export async function getPages() {
  const pages = await getCollection('pages', published);
  return pages.sort(byPageOrder);
}

export async function getReflections() {
  const reflections = await getCollection('reflections', published);
  return reflections.sort(newestFirst);
}
