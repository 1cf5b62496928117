import { describe, expect, test } from 'vitest';
import { asSaved, editorEntry, readEntry } from '../../src/preview/editor-entry.ts';

/** An entry as the editor hands it to a preview (an Immutable Map), with the fields as typed. */
const handed = (fields: Record<string, unknown>, path = 'content/reflections/2025-06-a.yaml') =>
  editorEntry({
    get: (key: string) =>
      ({
        slug: path ? '2025-06-a' : '',
        path,
        data: { get: () => undefined, toJS: () => fields },
      })[key],
    toJS: () => ({}),
  });

describe("the editor's preview reads an entry as the build reads its file", () => {
  test('optional fields left empty are left out, as the editor leaves them out of the file', () => {
    expect(
      asSaved({ title: 'A', note: '', applications: { opens: '', closes: '' }, schedule: [] }),
    ).toEqual({ title: 'A' });
    expect(asSaved({ audience: ['One', ''], order: 0, draft: false })).toEqual({
      audience: ['One'],
      order: 0,
      draft: false,
    });
  });

  test("with its schema's defaults filled in, and an MDX file's text apart", () => {
    const read = readEntry(
      'reflections',
      handed({ quote: 'It helped.', attribution: 'A participant', date: '2025-06', cop: '' }),
    );
    expect(read).toMatchObject({
      ok: true,
      slug: '2025-06-a',
      data: { quote: 'It helped.', date: '2025-06', draft: false },
    });
    expect(read.ok && 'cop' in read.data).toBe(false);
  });

  test('what the build would refuse comes back as the lines the build stops with', () => {
    const read = readEntry('reflections', handed({ quote: '', attribution: 'A', date: '2025-13' }));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems).toMatch(/^content\/reflections\/2025-06-a\.yaml: /m);
    expect(!read.ok && read.problems).toMatch(/"quote"/);
  });

  test('a new entry, which has no file yet, is named as such', () => {
    const read = readEntry('reflections', handed({ attribution: 'A', date: '2025-06' }, ''));
    expect(read).toMatchObject({ ok: false, isNew: true });
    expect(!read.ok && read.problems).toMatch(/^This new entry: field "quote" is missing/);
  });
});
