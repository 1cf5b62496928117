/**
 * The test site fills every field its schemas accept at least once, so code that only runs for
 * some content (a phone number, a timed schedule, a resource's link) is built and tested.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { testSitePath } from '../../scripts/lib/test-site.ts';
import { contentCollections } from '../../src/lib/content/collections.ts';
import { contentFields } from '../../scripts/lib/content-file.ts';
import { schemaFields } from '../support/schema-fields.ts';

/** Every field path a value gives, as schemaFields writes them: `intakes[].sessions.from`. */
function givenFields(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => givenFields(item, `${prefix}[]`));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...givenFields(child, path)];
  });
}

describe('the test site gives every field at least once', () => {
  for (const [name, { folder, pattern, schema }] of Object.entries(contentCollections)) {
    test(name, () => {
      const matches = new RegExp(`^${pattern.replace('.', '\\.').replace('*', '.*')}$`);
      const dir = join(testSitePath(), folder);
      const files = readdirSync(dir).filter((file) => matches.test(file));
      expect(files.length, `${dir} has no ${pattern}`).toBeGreaterThan(0);
      const given = new Set(files.flatMap((file) => givenFields(contentFields(join(dir, file)))));
      expect(schemaFields(schema).filter((field) => !given.has(field))).toEqual([]);
    });
  }
});
