import type { Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { contentCollections } from '../../src/lib/content/collections.ts';
import { editorConfig } from '../../src/lib/editor/config.ts';
import { editorFields, UneditableField } from '../../src/lib/editor/fields.ts';
import { schemaFields } from '../support/schema-fields.ts';

const config = editorConfig({
  backend: { name: 'github', repo: 'owner/site', branch: 'main' },
  siteUrl: 'https://cop.example.org.au',
  contentRoot: 'content',
});

type AnyField = Field & {
  label?: string;
  hint?: string;
  required?: boolean;
  widget?: string;
  fields?: AnyField[];
  field?: AnyField;
  options?: { label: string; value: string }[];
  pattern?: [string, string];
  min?: number;
  max?: number;
  maxlength?: number;
};

interface Found {
  path: string;
  field: AnyField;
}

/** Every field of a collection, named as the editor guide names them: `intakes[].sessions.from`. */
function editorPaths(fields: AnyField[], prefix = ''): Found[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const inner = field.fields ?? [];
    const listed = field.widget === 'list' ? `${path}[]` : path;
    return [{ path, field }, ...editorPaths(inner, listed)];
  });
}

function collectionFields(name: string): AnyField[] {
  const collection = (config.collections ?? []).find((c) => 'name' in c && c.name === name);
  if (!collection) return [];
  if ('files' in collection) return collection.files.flatMap((file) => file.fields as AnyField[]);
  return 'fields' in collection ? (collection.fields as AnyField[]) : [];
}

/** The schema of one field, by its guide-style path. */
function schemaAt(schema: z.ZodType, path: string): z.ZodType {
  return path.split('.').reduce<z.ZodType>((current, part) => {
    let at = unwrapped(current);
    const key = part.replace('[]', '');
    at = unwrapped((at as z.ZodObject).shape[key] as z.ZodType);
    return part.endsWith('[]') ? ((at as z.ZodArray).element as z.ZodType) : at;
  }, schema);
}

function unwrapped(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { innerType?: z.ZodType; type: string; in?: z.ZodType };
  if (def.innerType) return unwrapped(def.innerType);
  return schema;
}

/** The schema of a field as its parent holds it (with optional/default wrappers). */
function fieldSchema(schema: z.ZodType, path: string): z.ZodType {
  const parts = path.split('.');
  const last = parts.pop() ?? '';
  const parent = parts.length ? schemaAt(schema, parts.join('.')) : schema;
  return (unwrapped(parent) as z.ZodObject).shape[last] as z.ZodType;
}

describe('the browser editor is made from the schemas, so it cannot drift from them', () => {
  it('has one collection for each kind of content, reading the same files as the build', () => {
    const collections = config.collections ?? [];
    expect(collections.map((c) => ('name' in c ? c.name : ''))).toEqual(
      Object.keys(contentCollections),
    );
    expect(collections).toContainEqual(
      expect.objectContaining({ folder: 'content/cops', extension: 'mdx', format: 'frontmatter' }),
    );
    expect(collections).toContainEqual(
      expect.objectContaining({
        files: [expect.objectContaining({ file: 'content/site.yaml' })],
      }),
    );
  });

  for (const [name, { schema }] of Object.entries(contentCollections)) {
    describe(`${name}`, () => {
      const found = editorPaths(collectionFields(name)).filter(({ path }) => path !== 'body');

      it('has every field of the schema, in its order, and no other', () => {
        expect(found.map(({ path }) => path)).toEqual(schemaFields(schema));
      });

      it('labels every field and gives each a hint', () => {
        for (const { path, field } of found) {
          expect(field.label, path).toMatch(/^[A-Z]/);
          expect(field.hint, path).toMatch(/\w.*\.["”]?$/);
        }
      });

      it('requires a field exactly when the schema does', () => {
        for (const { path, field } of found) {
          // zod marks a field that may be left out 'optional', or 'defaulted' when it has a default.
          const optional = fieldSchema(schema, path)._zod.optin !== undefined;
          expect(field.required, path).toBe(!optional);
        }
      });

      it('offers every value of a choice from a list, in readable words', () => {
        for (const { path, field } of found) {
          const inner = unwrapped(fieldSchema(schema, path));
          if (!(inner instanceof z.ZodEnum)) continue;
          expect(field.widget, path).toBe('select');
          expect(field.options?.map((option) => option.value)).toEqual(inner.options);
          for (const option of field.options ?? []) expect(option.label).not.toBe(option.value);
        }
      });

      it('refuses an impossible month in a date as it is typed, naming the field', () => {
        for (const { path, field } of found) {
          const accepts = (value: string) => fieldSchema(schema, path).safeParse(value).success;
          const isDate = accepts('2025-02-14') && !accepts('2025-13') && !accepts('soon');
          if (!isDate) continue;
          const [pattern = '', message = ''] = field.pattern ?? [];
          const matches = (value: string) => new RegExp(pattern).test(value);
          // A month too, unless the schema asks for a day (a session's date).
          expect([matches('2025-02'), matches('2025-02-14'), matches('2025-13')], path).toEqual([
            accepts('2025-02'),
            true,
            false,
          ]);
          expect(message, path).toMatch(new RegExp(`^${field.label}: expected .*2025-02`));
        }
      });

      it('carries the limits of numbers, lengths and lists', () => {
        for (const { path, field } of found) {
          const accepts = (value: unknown) => fieldSchema(schema, path).safeParse(value).success;
          if (field.widget === 'number') {
            expect(accepts(field.min) && !accepts((field.min ?? 0) - 1), path).toBe(true);
          }
          if (field.maxlength !== undefined) {
            expect(accepts('x'.repeat(field.maxlength)), path).toBe(true);
            expect(accepts('x'.repeat(field.maxlength + 1)), path).toBe(false);
          }
          if (field.widget === 'list' && field.min !== undefined) {
            expect(accepts([]), path).toBe(false);
          }
        }
      });
    });
  }

  it('finds the choices and dates the checks above look at', () => {
    const all = Object.keys(contentCollections).flatMap((name) =>
      editorPaths(collectionFields(name)).map(({ path, field }) => ({
        at: `${name}.${path}`,
        field,
      })),
    );
    expect(all.filter(({ field }) => field.widget === 'select').map(({ at }) => at)).toEqual([
      'programme.intakes[].status',
      'cops.careerStage',
      'cops.setting',
      'form.questions[].kind',
    ]);
    const dated = all.filter(({ field }) => field.pattern?.[1].includes('2025-02-14'));
    expect(dated.map(({ at }) => at)).toEqual([
      'programme.runs.from',
      'programme.runs.to',
      'programme.intakes[].applications.opens',
      'programme.intakes[].applications.closes',
      'programme.intakes[].sessions.from',
      'programme.intakes[].sessions.to',
      'programme.summerBreak.dates.from',
      'programme.summerBreak.dates.to',
      'reflections.date',
    ]);
  });

  it('numbers and lists keep the limits the schemas give them', () => {
    const cops = editorPaths(collectionFields('cops'));
    const field = (path: string) => cops.find((found) => found.path === path)?.field;
    expect(field('summary')).toMatchObject({ maxlength: 200 });
    expect(field('order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(field('audience')).toMatchObject({ widget: 'list', min: 1 });
    expect(field('draft')).toMatchObject({ widget: 'boolean', default: false });
  });

  it('edits CoP and page text as Markdown without the rich-text editor rewriting it', () => {
    for (const name of ['cops', 'pages']) {
      expect(collectionFields(name).at(-1)).toMatchObject({
        name: 'body',
        widget: 'markdown',
        modes: ['raw'],
      });
    }
  });

  it('refuses to make a field the schema does not label, naming it', () => {
    const shape = { venue: z.string().min(1) };
    expect(() => editorFields(shape, 'intakes[]')).toThrow(UneditableField);
    expect(() => editorFields(shape, 'intakes[]')).toThrow(/intakes\[\]\.venue.*title/);
  });

  it('offers "View on Live Site" on every entry, leading to the public page that shows it', () => {
    // What Sveltia composes: site_url's origin, then preview_path with {{slug}} as the file's name.
    const liveLink = (name: string, fileName = 'a-file-name') => {
      const collection = (config.collections ?? []).find((c) => 'name' in c && c.name === name);
      const path =
        collection && 'files' in collection
          ? collection.files[0]?.preview_path
          : collection && 'preview_path' in collection
            ? collection.preview_path
            : undefined;
      if (path === undefined) return undefined;
      return new URL(path.replaceAll('{{slug}}', fileName), config.site_url).href;
    };
    expect(config.site_url).toBe('https://cop.example.org.au');
    expect(
      Object.fromEntries(Object.keys(contentCollections).map((n) => [n, liveLink(n)])),
    ).toEqual({
      site: 'https://cop.example.org.au/',
      programme: 'https://cop.example.org.au/',
      cops: 'https://cop.example.org.au/communities/a-file-name/',
      pages: 'https://cop.example.org.au/a-file-name/',
      reflections: 'https://cop.example.org.au/reflections/',
      form: 'https://cop.example.org.au/apply/',
    });
  });

  it('names the repository and branch it saves to, and the sign-in service when given', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/site', branch: 'main' });
    const withWorker = editorConfig({
      backend: { name: 'github', repo: 'o/r', branch: 'b', authUrl: 'https://auth.example.org' },
      siteUrl: 'https://x.example',
      contentRoot: 'content',
    });
    expect(withWorker.backend).toMatchObject({ base_url: 'https://auth.example.org' });
  });
});
