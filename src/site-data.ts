/** The one place pages read content from: drafts hidden in production, lists in order. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { intakeStatus, type IntakeStatus } from './lib/intake-status';
import { currentProgramme } from './lib/programme';
import type { Intake } from './schemas/programme';

/** When this build happened; `BUILD_DATE` (ISO) pins it, for tests and previews of a future date. */
export const buildDate = new Date(import.meta.env['BUILD_DATE'] ?? Date.now());

const showDrafts = import.meta.env.DEV;
const published = <T extends { data: { draft: boolean } }>(entry: T) =>
  showDrafts || !entry.data.draft;

export async function getSite() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml is missing: create it (see docs/editing.md).');
  return entry.data;
}

export type ProgrammeEntry = CollectionEntry<'programme'>;
export type IntakeWithStatus = Intake & { computedStatus: IntakeStatus };

export async function getProgramme() {
  const programmes = await getCollection('programme');
  const entry = currentProgramme(
    programmes.map((p) => ({ ...p.data, id: p.id, entry: p })),
    buildDate,
  )?.entry;
  if (!entry)
    throw new Error('content/programme/ has no programme file: add one (see docs/editing.md).');
  const intakes: IntakeWithStatus[] = entry.data.intakes.map((intake) => ({
    ...intake,
    computedStatus: intakeStatus(intake, buildDate),
  }));
  return { ...entry.data, id: entry.id, intakes };
}

export async function getCops() {
  const cops = await getCollection('cops', published);
  return cops.sort((a, b) => a.data.order - b.data.order);
}

export async function getPages() {
  const pages = await getCollection('pages', published);
  return pages.sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity));
}

export async function getReflections() {
  const reflections = await getCollection('reflections', published);
  return reflections.sort((a, b) => b.data.date.localeCompare(a.data.date));
}
