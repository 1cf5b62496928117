import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copSchema } from '../../src/schemas/cop.ts';
import { formSchema } from '../../src/schemas/form.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { programmeSchema } from '../../src/schemas/programme.ts';
import { reflectionSchema } from '../../src/schemas/reflection.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { schemaFields } from '../support/schema-fields.ts';

const GUIDE = readFileSync(join(import.meta.dirname, '../../docs/editing.md'), 'utf8');

/** Each collection's heading in the guide's field reference, and its schema. */
const COLLECTIONS = {
  'content/site.yaml': siteSchema,
  'content/programme/&lt;year&gt;.yaml': programmeSchema,
  'content/cops/&lt;id&gt;.mdx': copSchema,
  'content/pages/&lt;id&gt;.mdx': pageSchema,
  'content/reflections/&lt;id&gt;.yaml': reflectionSchema,
  'content/form.yaml': formSchema,
};

/** The first cell of each table row under each `###` heading of the field reference. */
function documentedFields(): Map<string, string[]> {
  const reference = GUIDE.slice(GUIDE.indexOf('\n## Field reference'));
  const sections = reference.split('\n### ').slice(1);
  return new Map(
    sections.map((section) => {
      const [heading = '', ...lines] = section.split('\n');
      const fields = lines.flatMap((line) => /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1] ?? []);
      return [heading.trim(), fields];
    }),
  );
}

describe('the editor guide documents every field, so it cannot drift from the schemas', () => {
  const documented = documentedFields();

  it('has a field reference section for each kind of content file, and no others', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  for (const [heading, schema] of Object.entries(COLLECTIONS)) {
    it(`documents each field of ${heading.replace(/&lt;|&gt;/g, '')} exactly once`, () => {
      const fields = documented.get(heading) ?? [];
      const expected = schemaFields(schema);
      expect(expected.length).toBeGreaterThan(3);
      expect(
        expected.filter((field) => !fields.includes(field)),
        'missing from the guide',
      ).toEqual([]);
      expect(
        fields.filter((field) => !expected.includes(field)),
        'not in the schema',
      ).toEqual([]);
      expect(
        fields.filter((field, index) => fields.indexOf(field) !== index),
        'twice',
      ).toEqual([]);
    });
  }

  it('finds nested fields through lists, groups and optional wrappers', () => {
    expect(schemaFields(programmeSchema)).toEqual(
      expect.arrayContaining([
        'intakes[].applications.closes',
        'summerBreak.dates.to',
        'funding.funders[].url',
      ]),
    );
  });
});
