/**
 * The edits docs/editing.md asks of programme staff, made as they make them: by changing the text
 * of a YAML or MDX file (in an editor, or the browser editor's fields), never through the site's
 * code. Each works on whatever the content says: which file is latest, which intake is first,
 * what the dates are, all read from the files.
 */
import { contentFields } from '../../scripts/lib/content-file.ts';

const lines = (text: string) => text.split('\n');

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/**
 * Where a block ends: a field's line and those nested under it, or a list item's `- ` line and
 * its fields.
 */
function blockEnd(all: string[], start: number): number {
  const first = all[start]!;
  const item = /^\s*- /.exec(first)?.[0].length;
  let end = start + 1;
  for (; end < all.length; end += 1) {
    const line = all[end]!;
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    const nested =
      item !== undefined
        ? indent >= item
        : indent > indentOf(first) || (indent === indentOf(first) && /^\s*- /.test(line));
    if (!nested) break;
  }
  while (end > start + 1 && all[end - 1]!.trim() === '') end -= 1;
  return end;
}

/** The next year's name for a programme year: `2024-25` → `2025-26`, `2024–25` → `2025–26`. */
export function nextYearName(name: string): string {
  return name.replace(
    /(\d{4})(?:([–-])(\d\d)(?!\d))?/,
    (_, year: string, dash?: string, end?: string) => {
      const next = String(Number(year) + 1);
      return dash && end
        ? `${next}${dash}${String((Number(end) + 1) % 100).padStart(2, '0')}`
        : next;
    },
  );
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * "Start next year's programme": the programme file copied with every date a year later and the
 * title's years moved on, less what was last year's alone: the `status:` and `note:` lines, each
 * intake's CoPs with less room (`cops:` and the items under it), and any `current:` (only one
 * file may have it).
 */
export function nextYearProgramme(text: string): string {
  let copsIndent: number | undefined;
  return lines(text)
    .filter((line) => {
      if (copsIndent !== undefined && (line.trim() === '' || indentOf(line) > copsIndent)) {
        return false;
      }
      copsIndent = /^\s*cops:\s*$/.test(line) ? indentOf(line) : undefined;
      return copsIndent === undefined && !/^\s*(status|note|current):/.test(line);
    })
    .join('\n')
    .replace(/\b(\d{4})(-\d\d(?:-\d\d)?)?\b/g, (whole, year: string, rest = '') => {
      if (!/^(19|20)\d\d$/.test(year)) return whole;
      const next = Number(year) + 1;
      return `${next}${rest === '-02-29' && !isLeap(next) ? '-02-28' : rest}`;
    })
    .replace(/(\d{4})–(\d\d)\b/g, (_, year: string, end: string) => {
      return `${year}–${String((Number(end) + 1) % 100).padStart(2, '0')}`;
    });
}

/** Where an intake's item is in a programme file: its `- id:` line to the line after its last. */
function intakeLines(all: string[], id: string): [start: number, end: number] {
  const start = all.findIndex((line) => new RegExp(`^\\s*- id: ['"]?${id}['"]?\\s*$`).test(line));
  if (start < 0) throw new Error(`No intake "${id}" in the programme file.`);
  return [start, blockEnd(all, start)];
}

/** The indent of an intake's fields (`    ` under `  - id:`). */
const fieldIndent = (line: string) => ' '.repeat(/^\s*- /.exec(line)![0].length);

/** Removes a field (with what is nested under it) from an intake. */
export function removeIntakeField(text: string, id: string, field: string): string {
  const all = lines(text);
  const [start, end] = intakeLines(all, id);
  const at = all.findIndex(
    (line, index) => index > start && index < end && new RegExp(`^\\s*${field}:`).test(line),
  );
  if (at < 0) return text;
  all.splice(at, blockEnd(all, at) - at);
  return all.join('\n');
}

/**
 * Sets a field of an intake, replacing what it had: `value` is what follows `field:` on its line,
 * or the nested lines (as YAML, indented two spaces under the field) when it has several.
 */
export function setIntakeField(text: string, id: string, field: string, value: string | string[]) {
  const all = lines(removeIntakeField(text, id, field));
  const [start, end] = intakeLines(all, id);
  const indent = fieldIndent(all[start]!);
  const added =
    typeof value === 'string'
      ? [`${indent}${field}: ${value}`]
      : [`${indent}${field}:`, ...value.map((line) => `${indent}  ${line}`)];
  all.splice(end, 0, ...added);
  return all.join('\n');
}

/** Sets a top-level field of a YAML file (or an MDX file's front matter), replacing what it had. */
export function setTopLevelField(text: string, field: string, value: string | string[]): string {
  const all = lines(text);
  const at = all.findIndex((line) => line.startsWith(`${field}:`));
  if (at >= 0) all.splice(at, blockEnd(all, at) - at);
  const closing = all[0] === '---' ? all.indexOf('---', 1) : -1;
  const where =
    at >= 0 ? at : closing >= 0 ? closing : all.at(-1) === '' ? all.length - 1 : all.length;
  const added =
    typeof value === 'string'
      ? [`${field}: ${value}`]
      : [`${field}:`, ...value.map((line) => `  ${line}`)];
  all.splice(where, 0, ...added);
  return all.join('\n');
}

/** Adds an item at the end of a top-level list, written as its other items are. */
export function appendToList(text: string, field: string, item: string[]): string {
  const all = lines(text);
  const at = all.findIndex((line) => line.startsWith(`${field}:`));
  if (at < 0)
    return setTopLevelField(text, field, [
      `- ${item[0]}`,
      ...item.slice(1).map((line) => `  ${line}`),
    ]);
  const end = blockEnd(all, at);
  const indent = /^\s*/.exec(all[at + 1] ?? '  ')![0] || '  ';
  all.splice(end, 0, `${indent}- ${item[0]}`, ...item.slice(1).map((line) => `${indent}  ${line}`));
  return all.join('\n');
}

/** A YAML file's fields, or an MDX file's front matter, read (as the build reads them) to decide an edit. */
export const fieldsOf = (path: string, text: string) =>
  (contentFields(path, text) ?? {}) as Record<string, unknown>;

/** A month or day as the content writes it (`2025-02`, `2025-02-12`), as a day in UTC. */
export function dayOf(value: unknown): Date {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return new Date(`${text.length === 7 ? `${text}-01` : text}T00:00:00Z`);
}

/** A day written as the content writes it. */
export const written = (day: Date) => day.toISOString().slice(0, 10);

/** A day `days` after (or before) another. */
export const daysAfter = (day: Date, days: number) => new Date(day.getTime() + days * 86_400_000);
