/** Every field a zod schema accepts, as the editor guide writes it: `intakes[].sessions.from`. */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through optional, default, nullable and transform wrappers to the shape beneath. */
function unwrap(schema: z.ZodType): Def {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return def;
}

export function schemaFields(schema: z.ZodType, prefix = ''): string[] {
  const def = unwrap(schema);
  if (def.type === 'array' && def.element) return schemaFields(def.element, `${prefix}[]`);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...schemaFields(child, path)];
  });
}
