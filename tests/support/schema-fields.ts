/** Every field a zod schema accepts, as the editor guide writes it: `intakes[].sessions.from`. */
import type { z } from 'astro/zod';
import { schemaDef } from '../../src/lib/editor/fields.ts';

export function schemaFields(schema: z.ZodType, prefix = ''): string[] {
  const def = schemaDef(schema);
  if (def.type === 'array' && def.element) return schemaFields(def.element, `${prefix}[]`);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...schemaFields(child, path)];
  });
}
