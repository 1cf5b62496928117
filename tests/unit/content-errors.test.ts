import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { formatContentError } from '../../src/lib/content/error-messages.ts';

/** The lines an editor sees for `data` checked against `schema` in `content/example.yaml`. */
function linesFor(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('the data passed, but it should not');
  return formatContentError('content/example.yaml', result.error.issues).split('\n');
}

describe('wording the formatter picks when a schema gives no message of its own', () => {
  test('several unknown fields in a group are named together, with where they are', () => {
    const schema = z.strictObject({ group: z.strictObject({ name: z.string() }) });
    expect(linesFor(schema, { group: { name: 'a', colour: 'red', size: 2 } })).toEqual([
      'content/example.yaml: "colour", "size" are not fields of "group"; check the spelling against docs/editing.md or remove them.',
    ]);
  });

  test('a field that takes one of two kinds of value names both', () => {
    const schema = z.object({ code: z.union([z.string(), z.number()]) });
    expect(linesFor(schema, { code: true })).toEqual([
      'content/example.yaml: field "code" is true; expected text or a number.',
    ]);
  });

  test('a field that must be one exact value quotes it', () => {
    expect(linesFor(z.object({ version: z.literal(2) }), { version: 3 })).toEqual([
      'content/example.yaml: field "version" is 3; expected 2.',
    ]);
  });

  test('upper limits on numbers and lists say "at most" or "less than"', () => {
    const schema = z.object({ seats: z.number().lt(30), days: z.array(z.string()).max(1) });
    expect(linesFor(schema, { seats: 30, days: ['Mon', 'Tue'] })).toEqual([
      'content/example.yaml: field "seats" is 30; expected a number less than 30.',
      'content/example.yaml: field "days" is a list of 2 items; expected at most 1 item.',
    ]);
  });

  test('a date where text belongs is shown as the editor wrote it', () => {
    expect(linesFor(z.object({ title: z.string() }), { title: new Date('2024-08-15') })).toEqual([
      'content/example.yaml: field "title" is 2024-08-15; expected text.',
    ]);
  });

  test('an email address or web address in the wrong form says what one looks like', () => {
    const schema = z.object({ email: z.email(), site: z.url() });
    expect(linesFor(schema, { email: 'name at example.org', site: 'example' })).toEqual([
      'content/example.yaml: field "email" is "name at example.org"; expected an email address, like name@example.org.',
      'content/example.yaml: field "site" is "example"; expected a web address starting with https://.',
    ]);
  });

  test('a group that could take two shapes, matching neither, points to the guide', () => {
    const schema = z.object({
      contact: z.union([
        z.strictObject({ email: z.string() }),
        z.strictObject({ phone: z.string() }),
      ]),
    });
    expect(linesFor(schema, { contact: {} })).toEqual([
      'content/example.yaml: field "contact" is a group of fields; expected a different value (see docs/editing.md for what this field takes).',
    ]);
  });
});
