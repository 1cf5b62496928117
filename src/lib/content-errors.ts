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
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
  date: 'a date',
};

/** How a value looks to the editor who wrote it. */
export function describeFound(input: unknown): string {
  if (input === undefined) return 'missing';
  if (input === null) return 'empty';
  if (input instanceof Date) return input.toISOString().slice(0, 10);
  if (Array.isArray(input)) return `a list of ${input.length}`;
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

function sizeRule(issue: SchemaIssue, least: boolean): string {
  const limit = Number(least ? issue.minimum : issue.maximum);
  const bound = least ? 'at least' : 'at most';
  if (issue.origin === 'string') {
    return least && limit === 1 ? 'some text (it is empty)' : `${bound} ${limit} characters`;
  }
  if (issue.origin === 'array') return `${bound} ${limit} item${limit === 1 ? '' : 's'}`;
  return `${bound} ${limit}`;
}

/** What the schema expects, in words. Custom schema messages already say it. */
function expectation(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected ?? ''] ?? String(issue.expected);
    case 'invalid_value':
      return `one of ${quoteAll(issue.values ?? [])}`;
    case 'too_small':
      return issue.message.startsWith('Too small') ? sizeRule(issue, true) : issue.message;
    case 'too_big':
      return issue.message.startsWith('Too big') ? sizeRule(issue, false) : issue.message;
    default:
      return issue.message;
  }
}

/** One line for one issue. */
export function describeIssue(file: string, issue: SchemaIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = fieldName(issue.path);
    const keys = quoteAll(issue.keys ?? []);
    return `${file}: ${keys} ${issue.keys?.length === 1 ? 'is not a field' : 'are not fields'}${where ? ` of "${where}"` : ''}; check the spelling against docs/editing.md or remove it.`;
  }
  const field = fieldName(issue.path) || '(the whole file)';
  const found = describeFound(issue.input);
  const verb = found === 'missing' ? 'is missing' : `is ${found}`;
  return `${file}: field "${field}" ${verb}; expected ${expectation(issue)}.`;
}

/** Every issue, one line each, ready to print. */
export function formatContentError(file: string, issues: readonly SchemaIssue[]): string {
  return issues.map((issue) => describeIssue(file, issue)).join('\n');
}
