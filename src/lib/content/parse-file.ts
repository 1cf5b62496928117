/**
 * Reads a content file as the build does: a YAML file's fields, or an MDX file's front matter
 * and the Markdown below it. A file that cannot be read gives one line for its editor (the file,
 * the line, the fix) in place of the YAML reader's message and stack trace.
 */
import { load, YAMLException } from 'js-yaml';

/**
 * A content file's fields (not yet checked by its schema), its YAML (an MDX file's front matter
 * after blank lines, so its line numbers are the file's) and, for an MDX file, its text.
 */
export type ParsedFile =
  | { ok: true; data: unknown; yaml: string; body: string | undefined }
  | { ok: false; problem: string };

const FENCE = /^---[ \t]*\r?$/;

/** A file's front matter and body, or the line that is missing. */
function splitFrontMatter(
  file: string,
  text: string,
): { yaml: string; body: string } | { problem: string } {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start += 1;
  if (!FENCE.test(lines[start] ?? '')) {
    return {
      problem: `${file}, line ${start + 1}: the file does not start with its fields between two lines of three dashes (---); put a --- line at the top, then the fields, then another --- line, as docs/editing.md shows.`,
    };
  }
  const end = lines.findIndex((line, index) => index > start && FENCE.test(line));
  if (end < 0) {
    return {
      problem: `${file}, line ${start + 1}: the fields at the top start with a --- line but no --- line ends them; add a line of three dashes (---) after the last field.`,
    };
  }
  return {
    yaml: '\n'.repeat(start + 1) + lines.slice(start + 1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
  };
}

/** YAML's way of writing `text` as one quoted value: double quotes, unless it holds some. */
function quoted(text: string): string {
  if (text.includes('"') && !text.includes("'")) return `'${text}'`;
  return JSON.stringify(text);
}

// `name: value` or `- value`, maybe indented: what most lines of a content file are.
const FIELD_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):[ \t]+(\S.*?)\s*$/;
const ITEM_LINE = /^(\s*)-[ \t]+(\S.*?)\s*$/;
// What YAML reads as code at the start of a value: an alias, anchor, tag, block or reserved mark.
const SYMBOL_START = /^[*&!|>@`%{[]/;

/** Where a quoted value's closing quote is (-1 when it has none): '' and \" do not close it. */
function closingQuote(value: string): number {
  const mark = value[0];
  for (let index = 1; index < value.length; index += 1) {
    if (mark === '"' && value[index] === '\\') index += 1;
    else if (value[index] === mark && mark === "'" && value[index + 1] === "'") index += 1;
    else if (value[index] === mark) return index;
  }
  return -1;
}

const valueOf = (line: string) => FIELD_LINE.exec(line)?.[3] ?? ITEM_LINE.exec(line)?.[2];
const opensQuote = (value: string | undefined) =>
  (value?.startsWith('"') || value?.startsWith("'")) && closingQuote(value) < 0;

/**
 * Why a value could not be read, and how to write it: `subject` names it ('the text after
 * "quote:"'), `before` is what comes before it on its line.
 */
function valueAdvice(subject: string, before: string, value: string): string | undefined {
  const like = `like ${before.trimStart()}${quoted(value)}`;
  const first = value[0] ?? '';
  if (first === '"' || first === "'") {
    const closing = closingQuote(value);
    if (closing >= 0 && closing < value.length - 1 && !/^\s*#/.test(value.slice(closing + 1))) {
      return `${subject} goes on after its closing ${first}: put the whole text in quotes, ${like}.`;
    }
    return undefined;
  }
  if (/:(\s|$)/.test(value)) {
    return `${subject} has a colon in it: put the whole text in double quotes, ${like}.`;
  }
  if (SYMBOL_START.test(value)) {
    return `${subject} starts with ${first}, which YAML reads as a symbol: put the whole text in double quotes, ${like}.`;
  }
  return undefined;
}

/** The one line that says where the YAML reader stopped and what to change there. */
export function describeYamlError(file: string, yaml: string, error: YAMLException): string {
  const lines = yaml.split('\n').map((line) => line.replace(/\r$/, ''));
  const reason = error.reason;
  let index = Math.min(error.mark?.line ?? 0, Math.max(lines.length - 1, 0));
  const at = (line: number) => `${file}, line ${line + 1}`;

  if (/tab characters/.test(reason)) {
    return `${at(index)}: the line is indented with a tab; indent with spaces (two for each level).`;
  }
  if (reason === 'duplicated mapping key') {
    const name = /^\s*(?:-\s+)?([^:]+):/.exec(lines[index] ?? '')?.[1] ?? '';
    return `${at(index)}: field "${name}" is written a second time; keep one of them.`;
  }
  // A quote left open runs on to the next quote, or the end of the file, where the reader stops.
  const open = lines.slice(0, index + 1).findLastIndex((line) => opensQuote(valueOf(line)));
  if (open >= 0) {
    const name = FIELD_LINE.exec(lines[open]!)?.[2];
    const subject = name ? `the text after "${name}:"` : 'the list item';
    const mark = valueOf(lines[open]!)![0];
    return `${at(open)}: ${subject} starts with ${mark} but has no closing ${mark}; add one at the end of the text, on the same line.`;
  }
  // The reader notices a line that does not end a field only when the next one starts.
  if (/end of the stream or a document separator/.test(reason) && index > 0) {
    index -= 1;
    while (index > 0 && lines[index]!.trim() === '') index -= 1;
  }
  const field = FIELD_LINE.exec(lines[index] ?? '');
  const item = ITEM_LINE.exec(lines[index] ?? '');
  const advice = field
    ? valueAdvice(`the text after "${field[2]}:"`, `${field[1]}${field[2]}: `, field[3]!)
    : item && valueAdvice('the list item', `${item[1]}- `, item[2]!);
  if (advice) return `${at(index)}: ${advice}`;
  return `${at(index)}: this line cannot be read as "name: value" (the YAML reader says: ${reason}); check it has a space after the colon and is indented like the lines around it, and put text with a colon or a symbol in double quotes.`;
}

/** Parses YAML as Astro's loaders do (js-yaml; an unquoted 2024-08-15 becomes a Date). */
function parseYaml(file: string, yaml: string): { data: unknown } | { problem: string } {
  try {
    return { data: load(yaml, { filename: file }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { problem: describeYamlError(file, yaml, error) };
  }
}

/** A content file's fields and text, or the one line that says why it cannot be read. */
export function parseContentFile(file: string, text: string): ParsedFile {
  const markdown = /\.mdx?$/i.test(file);
  const split = markdown ? splitFrontMatter(file, text) : { yaml: text, body: undefined };
  if ('problem' in split) return { ok: false, problem: split.problem };
  const parsed = parseYaml(file, split.yaml);
  if ('problem' in parsed) return { ok: false, problem: parsed.problem };
  // Empty front matter is no fields; an empty YAML file is empty, for the schema to say so.
  const data = parsed.data ?? (markdown ? {} : null);
  return { ok: true, data, body: split.body, yaml: split.yaml };
}
