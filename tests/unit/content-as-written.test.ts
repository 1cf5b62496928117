import { describe, expect, test } from 'vitest';
import { fieldsAsWritten } from '../../src/lib/content-as-written';

describe('reading a content file as the editor wrote it', () => {
  test('an unquoted day stays the text typed, even one that does not exist', () => {
    const text = 'from: 2025-02-30\nto: 2025-05-01\nmonth: 2025-08\n';
    expect(fieldsAsWritten(text, 'content/programme/x.yaml')).toEqual({
      from: '2025-02-30',
      to: '2025-05-01',
      month: '2025-08',
    });
  });

  test("an MDX file's frontmatter is read, its body is not", () => {
    const text = '---\ntitle: A CoP\norder: 2\n---\n\norder: 99\n';
    expect(fieldsAsWritten(text, 'content/cops/a.mdx')).toEqual({ title: 'A CoP', order: 2 });
  });

  test('an MDX file without frontmatter has no fields; an empty YAML file is empty', () => {
    expect(fieldsAsWritten('Just a body.\n', 'content/cops/a.mdx')).toEqual({});
    expect(fieldsAsWritten('# only a comment\n', 'content/site.yaml')).toBeNull();
  });

  test('true and false are true and false, and yes stays a word', () => {
    expect(fieldsAsWritten('draft: true\nother: yes\n', 'x.yaml')).toEqual({
      draft: true,
      other: 'yes',
    });
  });
});
