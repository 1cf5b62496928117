/** Dates in the content are ISO text with month (`2024-08`) or day (`2024-08-15`) precision. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** True for `YYYY-MM` or `YYYY-MM-DD` naming a month or day that exists (no 2025-02-30). */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day an ISO date can mean: `2024-08` → `2024-08-01`. */
export function firstDay(date: IsoDate): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** The last day an ISO date can mean: `2024-02` → `2024-02-29`. */
export function lastDay(date: IsoDate): string {
  if (date.length !== 7) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/**
 * True only when `later` must fall after `earlier` whatever days a month-only date means:
 * `2024-09` is after `2024-08-31`, but `2024-08-20` is not after `2024-08`.
 */
export function isSurelyAfter(later: IsoDate, earlier: IsoDate): boolean {
  return firstDay(later) > lastDay(earlier);
}

/** The day after an ISO day: `2024-02-29` → `2024-03-01`. */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * The instant a build is as of: `BUILD_DATE` (an ISO day or instant, like `2026-10-15` or
 * `2026-10-14T23:00:00Z`) when set, else now. The build and `npm run next-change` both read it so.
 */
export function buildDateFrom(value: string | undefined, now = Date.now()): Date {
  const date = new Date(value?.trim() ? value : now);
  if (Number.isNaN(date.getTime())) {
    throw new Error(
      `BUILD_DATE is "${value}", not a date: write it as YYYY-MM-DD or an ISO instant such as 2026-10-14T23:00:00Z.`,
    );
  }
  return date;
}

/** The day before an ISO day: `2024-03-01` → `2024-02-29`. */
export function dayBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
}

const melbourneDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Australia/Melbourne',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Melbourne, where the programme runs, as `YYYY-MM-DD`. */
export function melbourneToday(now: Date): string {
  return melbourneDay.format(now);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2024-08` → "August 2024"; `2024-08-15` → "15 August 2024". */
export function formatIsoDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  const monthYear = `${MONTHS[month - 1]} ${year}`;
  return day === undefined ? monthYear : `${day} ${monthYear}`;
}

/** "August to November 2024", "December 2024 to May 2025". */
export function formatDateRange(from: IsoDate, to: IsoDate): string {
  const start = formatIsoDate(from);
  const end = formatIsoDate(to);
  if (from === to) return start;
  if (from.slice(0, 4) === to.slice(0, 4) && from.length === 7 && to.length === 7) {
    return `${start.split(' ')[0]} to ${end}`;
  }
  return `${start} to ${end}`;
}

const melbourneOffset = new Intl.DateTimeFormat('en-AU', {
  timeZone: 'Australia/Melbourne',
  timeZoneName: 'longOffset',
});

/** Melbourne's offset from UTC at an instant, in minutes: 600 (AEST) or 660 (AEDT). */
function offsetMinutes(instant: number): number {
  const name = melbourneOffset.formatToParts(instant).find((part) => part.type === 'timeZoneName');
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(name?.value ?? '') ?? [];
  if (!sign) return 0;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** The instant a Melbourne wall-clock time happens: `2025-02-12`, `10:00` → 23:00 UTC on the 11th. */
export function melbourneInstant(day: string, time: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, date, hours, minutes);
  // Twice: the first guess may sit on the other side of a daylight-saving change.
  const guess = wall - offsetMinutes(wall) * 60_000;
  return new Date(wall - offsetMinutes(guess) * 60_000);
}
