/**
 * Turns schema issues into one plain-English line each, naming the file, the field,
 * what was found and what is expected, for editors who are not developers.
 */

/** The parts of a zod issue the messages use (zod's own type, kept loose so lib/ needs no zod). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  /** For a text format check: email, url, regex and the like. */
  format?: string;
  /** For a union: the issues of each alternative that was tried. */
  errors?: readonly (readonly SchemaIssue[])[];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields (indented lines of name: value)',
  date: 'a date',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'an email address, like name@example.org',
  url: 'a web address starting with https://',
  regex: 'text in the form this field takes (see docs/editing.md)',
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** How a value looks to the editor who wrote it. */
export function describeFound(input: unknown): string {
  if (input === undefined) return 'missing';
  if (input === null || input === '') return 'empty';
  if (input instanceof Date) return input.toISOString().slice(0, 10);
  if (Array.isArray(input)) {
    return input.length === 0 ? 'an empty list' : `a list of ${plural(input.length, 'item')}`;
  }
  if (typeof input === 'object') return 'a group of fields';
  const text = JSON.stringify(input);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** Where the field is, as the editor sees it in the file: `sessions.from`, `intakes[2].id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key + 1}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Too long or too short text says how long it is, rather than quoting it. */
function describeSize(issue: SchemaIssue): string {
  const input = issue.input;
  if (typeof input === 'string' && input.length > 0)
    return `${plural(input.length, 'character')} long`;
  return describeFound(input);
}

function sizeRule(issue: SchemaIssue, least: boolean): string {
  const limit = Number(least ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive ?? true;
  if (issue.origin === 'string') {
    if (least && limit === 1) return 'some text';
    return `${least ? 'at least' : 'at most'} ${plural(limit, 'character')}`;
  }
  if (issue.origin === 'array') {
    return `${least ? 'at least' : 'at most'} ${plural(limit, 'item')}`;
  }
  if (inclusive) return `${least ? 'at least' : 'at most'} ${limit}`;
  return `a number ${least ? 'more' : 'less'} than ${limit}`;
}

/** A union's own message is zod's "Invalid input": say what each alternative wanted instead. */
function unionRule(issue: SchemaIssue): string {
  const wanted = (issue.errors ?? []).map((branch) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0
      ? expectation(branch[0])
      : undefined,
  );
  if (wanted.length > 0 && wanted.every((text) => text !== undefined)) {
    return [...new Set(wanted)].join(' or ');
  }
  return 'a different value (see docs/editing.md for what this field takes)';
}

/** Zod's built-in messages are for developers; a schema's own message is already for editors. */
const isZodDefault = (message: string) => /^(Too small|Too big|Invalid)\b/.test(message);

/** What the schema expects, in words. */
function expectation(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0 && issue.expected === 'object')
        return 'fields written as name: value';
      return TYPE_NAMES[issue.expected ?? ''] ?? String(issue.expected);
    case 'invalid_value':
      return issue.values?.length === 1
        ? quoteAll(issue.values)
        : `one of ${quoteAll(issue.values ?? [])}`;
    case 'too_small':
      return isZodDefault(issue.message) ? sizeRule(issue, true) : issue.message;
    case 'too_big':
      return isZodDefault(issue.message) ? sizeRule(issue, false) : issue.message;
    case 'invalid_union':
      return isZodDefault(issue.message) ? unionRule(issue) : issue.message;
    case 'invalid_format':
      if (!isZodDefault(issue.message)) return issue.message;
      return FORMAT_NAMES[issue.format ?? ''] ?? 'text in the form this field takes';
    default:
      return issue.message;
  }
}

/** One line for one issue. */
export function describeIssue(file: string, issue: SchemaIssue): string {
  const where = fieldName(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    const one = keys.length === 1;
    return `${file}: ${quoteAll(keys)} ${one ? 'is not a field' : 'are not fields'}${where ? ` of "${where}"` : ''}; check the spelling against docs/editing.md or remove ${one ? 'it' : 'them'}.`;
  }
  const sized = issue.code === 'too_small' || issue.code === 'too_big';
  const found = sized ? describeSize(issue) : describeFound(issue.input);
  const verb = found === 'missing' ? 'is missing' : `is ${found}`;
  const subject = where ? `field "${where}"` : 'the file';
  return `${file}: ${subject} ${verb}; expected ${expectation(issue)}.`;
}

/** Every issue, one line each, ready to print. */
export function formatContentError(file: string, issues: readonly SchemaIssue[]): string {
  return issues.map((issue) => describeIssue(file, issue)).join('\n');
}
