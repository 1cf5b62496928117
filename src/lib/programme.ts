import { firstDay, lastDay, melbourneToday, type IsoDate } from './dates';

/** What choosing the current programme needs to know of each programme file. */
export interface ProgrammeChoice {
  id: string;
  current?: boolean | undefined;
  runs: { from: IsoDate; to: IsoDate };
}

/**
 * The programme the site shows: the one an editor marked `current: true`; else the one
 * running today in Melbourne; else the next to start; else the last to have ended.
 */
export function currentProgramme<T extends ProgrammeChoice>(
  programmes: readonly T[],
  now: Date,
): T | undefined {
  const marked = programmes.find((programme) => programme.current);
  if (marked) return marked;
  const today = melbourneToday(now);
  const byStart = [...programmes].sort((a, b) => a.runs.from.localeCompare(b.runs.from));
  return (
    byStart.find((p) => firstDay(p.runs.from) <= today && today <= lastDay(p.runs.to)) ??
    byStart.find((p) => today < firstDay(p.runs.from)) ??
    byStart.at(-1)
  );
}
