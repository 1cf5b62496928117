import { firstDay, lastDay, melbourneToday, type IsoDate } from './dates.ts';

/** What choosing the current programme needs to know of each programme file. */
export interface ProgrammeChoice {
  id: string;
  current?: boolean | undefined;
  runs: { from: IsoDate; to: IsoDate };
  intakes?: readonly { applications?: { opens?: IsoDate | undefined } | undefined }[];
}

/** The first day applicants care about a programme: its first application day or first session. */
export function liveFrom(programme: ProgrammeChoice): string {
  const opens = (programme.intakes ?? []).flatMap((intake) =>
    intake.applications?.opens ? [firstDay(intake.applications.opens)] : [],
  );
  return [firstDay(programme.runs.from), ...opens].sort()[0] ?? firstDay(programme.runs.from);
}

/**
 * The programme the site shows: the one an editor marked `current: true`; else, of those
 * live today in Melbourne (from first application day to last session), the newest, so next
 * year takes over as soon as its applications open; else the next to go live; else the last
 * to have ended.
 */
export function currentProgramme<T extends ProgrammeChoice>(
  programmes: readonly T[],
  now: Date,
): T | undefined {
  const marked = programmes.find((programme) => programme.current);
  if (marked) return marked;
  const today = melbourneToday(now);
  const byStart = [...programmes].sort((a, b) => liveFrom(a).localeCompare(liveFrom(b)));
  const live = byStart.filter((p) => liveFrom(p) <= today && today <= lastDay(p.runs.to));
  return (
    live.at(-1) ??
    byStart.find((p) => today < liveFrom(p)) ??
    [...programmes].sort((a, b) => lastDay(a.runs.to).localeCompare(lastDay(b.runs.to))).at(-1)
  );
}
