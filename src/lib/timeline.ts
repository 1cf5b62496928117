/**
 * The programme year as a picture: where each month, intake, application period, the summer
 * break and the current month fall. Across is a percentage of the width (so text keeps its size
 * on any screen); down is in em (so it grows with the reader's text size).
 */
import {
  firstDay,
  formatDateRange,
  formatIsoDate,
  lastDay,
  nextDay,
  type IsoDate,
} from './dates.ts';

export interface TimelineIntake {
  name: string;
  sessions: { from: IsoDate; to: IsoDate };
  applications?: { opens?: IsoDate | undefined; closes?: IsoDate | undefined } | undefined;
  /** The status as people read it: "Closed". */
  statusLabel: string;
}

export interface TimelineInput {
  title: string;
  runs: { from: IsoDate; to: IsoDate };
  intakes: readonly TimelineIntake[];
  summerBreak: { description: string; dates?: { from: IsoDate; to: IsoDate } | undefined };
  /** The build date in Melbourne, YYYY-MM-DD. */
  today: string;
}

/** What decides the days the picture spans. */
type PicturedYear = {
  runs: TimelineInput['runs'];
  intakes: readonly Pick<TimelineIntake, 'applications'>[];
};

/** Something drawn across: `x` and `width` are percentages of the picture's width. */
export interface Span {
  x: number;
  width: number;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface Label {
  text: string;
  x: number;
  anchor: Anchor;
}

export interface TimelineMonth extends Span {
  /** "Aug", and "A" where space is short. */
  short: string;
  initial: string;
  /** The year, shown over the first month and each January. */
  year: string | undefined;
}

export interface TimelineLane {
  label: Label;
  /** Baseline of the label, and top of the bars, in em. */
  labelY: number;
  barY: number;
  sessions: Span;
  applications: Span | undefined;
}

export interface Timeline {
  months: TimelineMonth[];
  lanes: TimelineLane[];
  summerBreak: (Span & { label: Label; labelY: number }) | undefined;
  /** The mark for the month the build date falls in ("Now: November 2026"), inside the year. */
  today: { x: number; label: Label; labelY: number } | undefined;
  /** Rows in em: the month names' baseline, the gridlines' top and bottom, the whole height. */
  yearY: number;
  monthY: number;
  gridTop: number;
  gridBottom: number;
  barHeight: number;
  height: number;
  /** The same picture in words, for screen readers. */
  words: string[];
}

const DAY = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** Labels grow away from the nearer edge (or both ways in the middle), so none runs off. */
function labelAt(text: string, span: Span): Label {
  const centre = span.x + span.width / 2;
  if (centre < 100 / 3) return { text, x: span.x, anchor: 'start' };
  if (centre > 200 / 3) return { text, x: span.x + span.width, anchor: 'end' };
  return { text, x: centre, anchor: 'middle' };
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first.slice(0, 7); month <= last.slice(0, 7);) {
    months.push(month);
    const [year, number] = month.split('-').map(Number) as [number, number];
    month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  }
  return months;
}

/** The break is the editor's dates, or else the gap between intakes that takes in New Year. */
function breakDates(input: TimelineInput): { from: string; to: string } | undefined {
  if (input.summerBreak.dates) {
    return {
      from: firstDay(input.summerBreak.dates.from),
      to: lastDay(input.summerBreak.dates.to),
    };
  }
  const sorted = [...input.intakes].sort((a, b) => a.sessions.from.localeCompare(b.sessions.from));
  for (const [index, intake] of sorted.slice(1).entries()) {
    const from = nextDay(lastDay(sorted[index]!.sessions.to));
    const firstSession = firstDay(intake.sessions.from);
    const to = new Date(Date.parse(`${firstSession}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
    if (from <= to && from.slice(0, 4) !== to.slice(0, 4)) return { from, to };
  }
  return undefined;
}

/** The picture's first day (first application day or run start) and the day after it ends. */
function pictured(input: PicturedYear): { start: string; end: string } {
  const opens = input.intakes.flatMap((i) => (i.applications?.opens ? [i.applications.opens] : []));
  return {
    start: [firstDay(input.runs.from), ...opens.map(firstDay)].sort()[0]!,
    end: nextDay(lastDay(input.runs.to)),
  };
}

/**
 * The month (`YYYY-MM`) the picture marks as now: the build date's, while the year shows it. A
 * month, not a day, so the picture stays true every day until the site is next published.
 */
export function currentMonth(input: PicturedYear & { today: string }): string | undefined {
  const { start, end } = pictured(input);
  return start <= input.today && input.today < end ? input.today.slice(0, 7) : undefined;
}

export function layoutTimeline(input: TimelineInput): Timeline {
  const { start, end } = pictured(input);
  const total = dayNumber(end) - dayNumber(start);
  const at = (day: string) => ((dayNumber(day) - dayNumber(start)) / total) * 100;
  const span = (from: IsoDate, to: IsoDate): Span => {
    const x = Math.max(0, at(firstDay(from)));
    return { x, width: Math.min(100, at(nextDay(lastDay(to)))) - x };
  };

  const months = monthsBetween(start, lastDay(input.runs.to)).map((month, index) => {
    const name = MONTHS[Number(month.slice(5)) - 1]!;
    const year = index === 0 || month.endsWith('-01') ? month.slice(0, 4) : undefined;
    return { ...span(month, month), short: name, initial: name[0]!, year };
  });

  const yearY = 1;
  const monthY = 2.3;
  const gridTop = 2.9;
  const laneHeight = 3.1;
  const barHeight = 1.2;
  const lanes = input.intakes.map((intake, index) => {
    const labelY = gridTop + 1.5 + index * laneHeight;
    const sessions = span(intake.sessions.from, intake.sessions.to);
    const { opens: from, closes: to } = intake.applications ?? {};
    const applications = from || to ? span((from ?? to)!, (to ?? from)!) : undefined;
    const covered = applications
      ? { x: applications.x, width: sessions.x + sessions.width - applications.x }
      : sessions;
    return {
      label: labelAt(intake.name, covered),
      labelY,
      barY: labelY + 0.45,
      sessions,
      applications,
    };
  });

  const gridBottom = gridTop + 0.6 + lanes.length * laneHeight;
  let row = gridBottom;
  let summerBreak: Timeline['summerBreak'];
  const gap = breakDates(input);
  if (gap) {
    const band = span(gap.from, gap.to);
    row += 1.4;
    summerBreak = { ...band, label: labelAt('Summer break', band), labelY: row };
  }
  let today: Timeline['today'];
  const month = currentMonth(input);
  if (month) {
    const { x, width } = span(month, month);
    row += 1.4;
    const label = labelAt(`Now: ${formatIsoDate(month)}`, { x: x + width / 2, width: 0 });
    today = { x: x + width / 2, label, labelY: row };
  }

  return {
    months,
    lanes,
    summerBreak,
    today,
    yearY,
    monthY,
    gridTop,
    gridBottom,
    barHeight,
    height: row + 0.8,
    words: describeTimeline(input, month),
  };
}

function describeTimeline(input: TimelineInput, month: string | undefined): string[] {
  const intakes = input.intakes.map((intake) => {
    const { opens, closes } = intake.applications ?? {};
    const applications =
      opens && closes
        ? `; expressions of interest open ${formatDateRange(opens, closes)}`
        : opens
          ? `; expressions of interest open ${formatIsoDate(opens)}`
          : closes
            ? `; expressions of interest close ${formatIsoDate(closes)}`
            : '';
    const sessions = formatDateRange(intake.sessions.from, intake.sessions.to);
    return `${intake.name}: sessions ${sessions}${applications}. Status: ${intake.statusLabel}.`;
  });
  const { dates, description } = input.summerBreak;
  const pause = dates
    ? `${description}: ${formatDateRange(dates.from, dates.to)}.`
    : `${description}.`;
  return [
    `${input.title} runs ${formatDateRange(input.runs.from, input.runs.to)}.`,
    ...intakes,
    pause,
    ...(month ? [`It is now ${formatIsoDate(month)}.`] : []),
  ];
}
