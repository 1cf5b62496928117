import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content/parse-file.ts';

/** The one line an editor sees for a file that cannot be read. */
function problemIn(file: string, text: string): string {
  const parsed = parseContentFile(file, text);
  if (parsed.ok) throw new Error(`${file} was read, but it should not be`);
  return parsed.problem;
}

const REFLECTION = 'content/reflections/2025-06-x.yaml';
const PAGE = 'content/pages/approach.mdx';

describe('a YAML file that cannot be read names the line and how to write it', () => {
  it('a colon in a value: quote the whole text', () => {
    const text = 'attribution: CoP participant\ndate: 2025-06\nquote: We met: and it was good\n';
    expect(problemIn(REFLECTION, text)).toBe(
      'content/reflections/2025-06-x.yaml, line 3: the text after "quote:" has a colon in it: put the whole text in double quotes, like quote: "We met: and it was good".',
    );
  });

  it('a colon in an indented value: the example is written as the field is', () => {
    const text = 'intakes:\n  - id: first\n    name: First: the early one\n';
    expect(problemIn('content/programme/2025-26.yaml', text)).toBe(
      'content/programme/2025-26.yaml, line 3: the text after "name:" has a colon in it: put the whole text in double quotes, like name: "First: the early one".',
    );
  });

  it('a quote left open names the line it opens on, not the end of the file', () => {
    const text = 'quote: "We met\nattribution: CoP participant\ndate: 2025-06\n';
    expect(problemIn(REFLECTION, text)).toBe(
      'content/reflections/2025-06-x.yaml, line 1: the text after "quote:" starts with " but has no closing "; add one at the end of the text, on the same line.',
    );
    const closedLater = 'quote: "We met\nattribution: "CoP participant"\ndate: 2025-06\n';
    expect(problemIn(REFLECTION, closedLater)).toMatch(/, line 1: the text after "quote:"/);
  });

  it('text after a closing quote: quote all of it, with the other kind of quote', () => {
    expect(problemIn(REFLECTION, 'quote: "We met" at the library\n')).toBe(
      `content/reflections/2025-06-x.yaml, line 1: the text after "quote:" goes on after its closing ": put the whole text in quotes, like quote: '"We met" at the library'.`,
    );
  });

  it('text starting with a symbol YAML reads as code (a brace, an asterisk, a backtick)', () => {
    expect(problemIn(REFLECTION, 'quote: {Melbourne time} sessions\n')).toBe(
      'content/reflections/2025-06-x.yaml, line 1: the text after "quote:" starts with {, which YAML reads as a symbol: put the whole text in double quotes, like quote: "{Melbourne time} sessions".',
    );
    expect(problemIn(REFLECTION, 'quote: *so* good\n')).toMatch(/line 1: .* starts with \*/);
    expect(problemIn(REFLECTION, 'audience:\n  - `All` of us\n')).toMatch(
      /line 2: the list item starts with `, .* like - "`All` of us"\.$/,
    );
  });

  it('a field written twice, and a tab for indentation', () => {
    expect(problemIn(REFLECTION, 'quote: a\ndate: 2025-06\nquote: b\n')).toBe(
      'content/reflections/2025-06-x.yaml, line 3: field "quote" is written a second time; keep one of them.',
    );
    expect(problemIn(REFLECTION, 'funding:\n\tprogram: x\n')).toBe(
      'content/reflections/2025-06-x.yaml, line 2: the line is indented with a tab; indent with spaces (two for each level).',
    );
  });

  it('anything else names the line the reader stopped on, its reason and what to check', () => {
    expect(problemIn(REFLECTION, 'date:2025-06\n\nquote: b\n')).toMatch(
      /^content\/reflections\/2025-06-x\.yaml, line 1: this line cannot be read as "name: value" \(the YAML reader says: .+\); check it has a space after the colon/,
    );
  });
});

describe("an MDX file's fields and text", () => {
  it('front matter that cannot be read counts lines from the top of the file', () => {
    const text = '---\ntitle: Our approach: how we work\n---\n\nText.\n';
    expect(problemIn(PAGE, text)).toBe(
      'content/pages/approach.mdx, line 2: the text after "title:" has a colon in it: put the whole text in double quotes, like title: "Our approach: how we work".',
    );
  });

  it('a missing --- line says which one', () => {
    expect(problemIn(PAGE, '---\ntitle: Our approach\n\nText.\n')).toBe(
      'content/pages/approach.mdx, line 1: the fields at the top start with a --- line but no --- line ends them; add a line of three dashes (---) after the last field.',
    );
    expect(problemIn(PAGE, 'title: Our approach\n---\n\nText.\n')).toMatch(
      /^content\/pages\/approach\.mdx, line 1: the file does not start with its fields between two lines of three dashes/,
    );
  });

  it('the text below the fields is kept as typed: braces and HTML are not read', () => {
    const text =
      '\uFEFF---\r\ntitle: Our approach\r\n---\r\n\r\nWe meet {2 * 3} times. <img src="x">\r\n';
    const parsed = parseContentFile(PAGE, text);
    expect(parsed).toMatchObject({ ok: true, data: { title: 'Our approach' } });
    expect(parsed.ok && parsed.body?.trim()).toBe('We meet {2 * 3} times. <img src="x">');
  });

  it('no fields at all is an empty group, for the schema to name what is missing', () => {
    expect(parseContentFile(PAGE, '---\n---\nText.\n')).toMatchObject({ ok: true, data: {} });
    expect(parseContentFile(REFLECTION, '')).toMatchObject({ ok: true, data: null });
  });
});
