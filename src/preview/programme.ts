/** The programme year the site would show today, from the programme files the editor holds. */
import { currentProgramme } from '../lib/programme.ts';
import { programmeWithStatus, type ProgrammeWithStatus } from '../lib/programme-view.ts';
import type { ReadOk } from './editor-entry.ts';

type ProgrammeFile = ReadOk<'programme'>;

/** The file the site would show at `now`, chosen as the build chooses (src/data/content.ts). */
export function shownProgrammeFile(
  files: readonly ProgrammeFile[],
  now: Date,
): ProgrammeFile | undefined {
  return currentProgramme(
    files.map((file) => ({ ...file.data, id: file.slug, file })),
    now,
  )?.file;
}

/** That programme year with each intake's status at `now`, as its pages show it. */
export function shownProgramme(
  files: readonly ProgrammeFile[],
  now: Date,
): ProgrammeWithStatus | undefined {
  const file = shownProgrammeFile(files, now);
  return file && programmeWithStatus(file.data, file.slug, now);
}

/** The saved files with the one being edited in place of its saved version. */
export function withEdited(
  files: readonly ProgrammeFile[],
  edited: ProgrammeFile,
): ProgrammeFile[] {
  return [...files.filter((file) => file.path !== edited.path), edited];
}
