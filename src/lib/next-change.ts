/**
 * The first day after a build on which the site built that day would differ from it, found by
 * asking the date logic the pages use (src/lib/shown-programme.ts, the timeline's month) about
 * every later day. Past the last date in the programme files nothing more can change.
 */
import {
  dayBefore,
  formatIsoDate,
  isRealIsoDate,
  lastDay,
  melbourneInstant,
  melbourneToday,
  nextDay,
} from './dates.ts';
import { shownProgramme, type ProgrammeFile } from './shown-programme.ts';
import { currentMonth } from './timeline.ts';

/** Everything a page says that follows from the day `day` (YYYY-MM-DD, Melbourne), as text. */
export function siteOnDay(programmes: readonly ProgrammeFile[], day: string): string {
  const programme = shownProgramme(programmes, melbourneInstant(day, '12:00'));
  const month = programme && currentMonth({ ...programme, today: day });
  return JSON.stringify({ programme, month });
}

/** Every ISO date written anywhere in the programme files. */
function datesIn(value: unknown): string[] {
  if (typeof value === 'string') return isRealIsoDate(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(datesIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(datesIn);
  return [];
}

/**
 * The first day (YYYY-MM-DD, Melbourne) after the build date on which the site would differ
 * from the site built on the build date; undefined when no date ahead changes it.
 */
export function nextChange(
  programmes: readonly ProgrammeFile[],
  buildDate: Date,
): string | undefined {
  const built = melbourneToday(buildDate);
  const shown = siteOnDay(programmes, built);
  const last = datesIn(programmes).map(lastDay).sort().at(-1);
  if (!last) return undefined;
  // Every rule compares the day with a date in the files, so after the last one nothing moves.
  for (let day = nextDay(built); day <= nextDay(last); day = nextDay(day)) {
    if (siteOnDay(programmes, day) !== shown) return day;
  }
  return undefined;
}

/** A date in the "Information current" line: its ISO day and how people read it. */
export interface NamedDay {
  day: string;
  text: string;
}

/**
 * The "Information current" line, in parts (text, and days for `<time>` elements): from the
 * build day to the last day before the next change, so it is true every day until the site is
 * next published, whenever a reader sees it.
 */
export function informationCurrent(
  buildDate: Date,
  change: string | undefined,
): (string | NamedDay)[] {
  const named = (day: string): NamedDay => ({ day, text: formatIsoDate(day) });
  const built = melbourneToday(buildDate);
  const until = change && dayBefore(change);
  if (!until) return ['Information current from ', named(built), '.'];
  if (until === built) return ['Information current on ', named(built), '.'];
  return ['Information current from ', named(built), ' to ', named(until), '.'];
}

/** Every day after the build date, up to and including `until`, on which the site changes. */
export function changeDays(
  programmes: readonly ProgrammeFile[],
  buildDate: Date,
  until: string,
): string[] {
  const days: string[] = [];
  for (
    let day = nextChange(programmes, buildDate);
    day && day <= until;
    day = nextChange(programmes, melbourneInstant(day, '12:00'))
  ) {
    days.push(day);
  }
  return days;
}
