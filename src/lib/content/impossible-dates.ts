/**
 * Finds days that do not exist (2025-02-30) in YAML as the editor wrote it. The YAML reader
 * quietly rolls an unquoted 2025-02-30 over to 2 March, so the schema never sees the mistake.
 */
import { daysInMonth, formatIsoDate } from '../dates.ts';

export interface ImpossibleDate {
  /** Line in the file, from 1. */
  line: number;
  /** The field it was written against, when the line names one. */
  field: string | undefined;
  value: string;
  /** Why it cannot be a date, and what would be. */
  reason: string;
}

// `key: 2025-02-30` or `- 2025-02-30`, unquoted (the schema checks quoted text), maybe commented.
const DATE_LINE = /^\s*(?:-\s+)?(?:([A-Za-z_][\w-]*)\s*:\s+)?(\d{4})-(\d{2})-(\d{2})\s*(?:#.*)?$/;

// `{ date: 2025-02-30, starts: '10:00' }`: a key inside a one-line group of fields.
const DATE_IN_FLOW = /[{,]\s*([A-Za-z_][\w-]*)\s*:\s+(\d{4})-(\d{2})-(\d{2})\s*(?=[,}])/g;

function whyNot(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}; months run from 01 to 12`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    const monthName = formatIsoDate(`${year}-${String(month).padStart(2, '0')}`);
    return `${monthName} has ${days} days`;
  }
  return undefined;
}

/** Every impossible day in a YAML document (or an MDX file's front matter), in file order. */
export function findImpossibleDates(yaml: string): ImpossibleDate[] {
  return yaml.split(/\r?\n/).flatMap((text, index) => {
    const line = DATE_LINE.exec(text);
    const matches = line ? [line] : [...text.matchAll(DATE_IN_FLOW)];
    return matches.flatMap((match) => {
      const [, field, year, month, day] = match as unknown as [
        string,
        string | undefined,
        ...string[],
      ];
      const reason = whyNot(Number(year), Number(month), Number(day));
      if (!reason) return [];
      return [{ line: index + 1, field, value: `${year}-${month}-${day}`, reason }];
    });
  });
}

/** One line per impossible date, in the same shape as the schema's messages. */
export function describeImpossibleDate(file: string, found: ImpossibleDate): string {
  const field = found.field ? `field "${found.field}" on line ${found.line}` : `line ${found.line}`;
  return `${file}: ${field} is ${found.value}, which is not a real date (${found.reason}); expected a real date written as YYYY-MM-DD, like 2025-02-28.`;
}
