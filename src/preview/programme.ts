/**
 * The programme year the site would show today and for which days that holds, worked out from
 * the programme files the editor holds as the build works them out from the files it reads.
 */
import { useMemo } from 'preact/hooks';
import { melbourneToday } from '../lib/dates.ts';
import { informationCurrent, nextChange, type NamedDay } from '../lib/next-change.ts';
import type { ProgrammeWithStatus } from '../lib/programme-view.ts';
import { shownProgramme } from '../lib/shown-programme.ts';
import type { EditorPreviewProps, ReadOk } from './editor-entry.ts';
import { publishedCops } from './published.ts';
import { useCollection } from './use-collection.ts';

type ProgrammeFile = ReadOk<'programme'>;

/** The programme files as the build hands them to `shownProgramme`: data and file name. */
const asShown = (files: readonly ProgrammeFile[]) =>
  files.map((file) => ({ ...file.data, id: file.slug }));

/** The saved files with the one being edited in place of its saved version. */
export function withEdited(
  files: readonly ProgrammeFile[],
  edited: ProgrammeFile,
): ProgrammeFile[] {
  return [...files.filter((file) => file.path !== edited.path), edited];
}

export interface ShownToday {
  files: ProgrammeFile[];
  /** The file names of the CoPs the site lists (with the one previewed), for each CoP's own status. */
  copIds: string[];
  programme: ProgrammeWithStatus | undefined;
  /** "Information current from … to …": `informationCurrent` with the next day a date changes the site. */
  current: (string | NamedDay)[];
}

/**
 * The programme the site would show at `now`, from the saved programme files (with `edited` in
 * place of its saved version) and the published CoPs (with `cop`, a CoP previewed as published),
 * or undefined while the editor fetches them.
 */
export function useShownProgramme(
  editor: EditorPreviewProps,
  now: Date,
  { edited, cop }: { edited?: ProgrammeFile; cop?: string } = {},
): ShownToday | undefined {
  const saved = useCollection(editor, 'programme');
  const cops = useCollection(editor, 'cops');
  const files = saved && (edited ? withEdited(saved, edited) : saved);
  const published = cops && publishedCops(cops).map((one) => one.slug);
  const copIds = published && (cop && !published.includes(cop) ? [...published, cop] : published);
  const today = melbourneToday(now);
  // The next change is looked for day by day: once a day and once for each change to the files.
  const key = files && copIds && `${today}\n${copIds.join()}\n${JSON.stringify(asShown(files))}`;
  return useMemo(
    () =>
      files &&
      copIds && {
        files,
        copIds,
        programme: shownProgramme(asShown(files), now, copIds),
        current: informationCurrent(now, nextChange(asShown(files), now)),
      },
    [key],
  );
}
