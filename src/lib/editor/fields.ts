/**
 * The browser editor's fields, read from the zod schemas: each field's label and hint come from
 * its `meta()` (`title`, `description`), and what zod checks (required, options, lengths, numbers,
 * patterns) becomes what the editor checks as staff type, so the two cannot drift.
 */
import type { Field } from '@sveltia/cms';
import type { z } from 'astro/zod';

/** What a schema's `meta()` may tell the editor, beyond `title` (label) and `description` (hint). */
interface EditorMeta {
  title?: string;
  description?: string;
  /** Readable words for each value of an enum. */
  optionLabels?: Record<string, string>;
  /** A regular expression (as text) the editor checks as people type, and what it expects. */
  pattern?: string;
  patternMessage?: string;
  /** The collection whose entries' file names this field holds. */
  relatesTo?: string;
  /** A sentence or more: a text box rather than a line. */
  multiline?: boolean;
}

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: () => unknown;
}

export interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: Check } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A schema with its wrappers (optional, default, transform) looked through. */
interface Unwrapped {
  def: Def;
  meta: EditorMeta;
  optional: boolean;
  checks: Check[];
}

function unwrap(schema: z.ZodType): Unwrapped {
  const def = defOf(schema);
  const own = (schema.meta() ?? {}) as EditorMeta;
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const inner =
    def.innerType ??
    (def.type === 'pipe' ? def.in : undefined) ??
    (undefined as z.ZodType | undefined);
  if (!inner) return { def, meta: own, optional: false, checks };
  const beneath = unwrap(inner);
  return {
    def: beneath.def,
    // The outer wrapper's words win: `isoDate.optional().meta({ title })` keeps isoDate's pattern.
    meta: { ...beneath.meta, ...own },
    optional: beneath.optional || def.type === 'optional' || def.type === 'default',
    checks: [...beneath.checks, ...checks],
  };
}

/** What a schema is beneath its wrappers: `object` with a `shape`, `array` with an `element`, … */
export const schemaDef = (schema: z.ZodType): Def => unwrap(schema).def;

function errorText(check: Check): string | undefined {
  const text = check.error?.();
  return typeof text === 'string' ? text : undefined;
}

/** The editor's checks of a text: its length, and a pattern with a plain-English message. */
function textLimits(label: string, meta: EditorMeta, checks: Check[], def: Def) {
  const limits: Partial<Record<'minlength' | 'maxlength', number>> & {
    pattern?: [string, string];
  } = {};
  for (const check of checks) {
    if (check.check === 'max_length' && check.maximum !== undefined) {
      limits.maxlength = check.maximum;
    }
    if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 1) {
      limits.minlength = check.minimum;
    }
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      const expected = errorText(check) ?? `text matching ${check.pattern.source}`;
      limits.pattern = [check.pattern.source, `${label}: expected ${expected}.`];
    }
  }
  if (def.format === 'url') {
    limits.pattern = ['^https://\\S+$', `${label}: expected a web address starting with https://.`];
  }
  if (meta.pattern) {
    limits.pattern = [meta.pattern, `${label}: expected ${meta.patternMessage ?? meta.pattern}.`];
  }
  return limits;
}

/** The least and most a whole number may be. */
function numberLimits(checks: Check[]) {
  const limits: { min?: number; max?: number } = {};
  for (const check of checks) {
    if (check.check === 'greater_than' && check.value !== undefined) {
      limits.min = check.inclusive ? check.value : Math.floor(check.value) + 1;
    }
    if (check.check === 'less_than' && check.value !== undefined) {
      limits.max = check.inclusive ? check.value : Math.ceil(check.value) - 1;
    }
  }
  return limits;
}

/** The fewest and most items a list may have. */
function listLimits(checks: Check[]) {
  const limits: { min?: number; max?: number } = {};
  for (const check of checks) {
    if (check.check === 'min_length' && check.minimum !== undefined) limits.min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) limits.max = check.maximum;
  }
  return limits;
}

/** Why a field cannot be shown in the editor: the generator refuses rather than guess. */
export class UneditableField extends Error {}

function labelOf(path: string, meta: EditorMeta): string {
  if (!meta.title)
    throw new UneditableField(`${path}: no label: add .meta({ title }) to the schema`);
  return meta.title;
}

/** One editor field for one schema field, `path` naming it in errors (`intakes[].status`). */
export function editorField(name: string, schema: z.ZodType, path = name): Field {
  const { def, meta, optional, checks } = unwrap(schema);
  const label = labelOf(path, meta);
  const common = {
    name,
    label,
    ...(meta.description ? { hint: meta.description } : {}),
    required: !optional,
  };
  switch (def.type) {
    case 'string':
      return {
        ...common,
        widget: meta.multiline ? 'text' : 'string',
        ...textLimits(label, meta, checks, def),
      };
    case 'union':
      // A date: the schema takes text, or the Date YAML makes of an unquoted day.
      if (!meta.pattern) throw new UneditableField(`${path}: a union needs a pattern in its meta`);
      return { ...common, widget: 'string', ...textLimits(label, meta, checks, def) };
    case 'number':
      return { ...common, widget: 'number', value_type: 'int', ...numberLimits(checks) };
    case 'boolean':
      // Sveltia fills `default` into existing files lacking the field too, so it must mean what a
      // missing key means (false); new entries start as drafts from public/admin/editor-setup.js.
      return { ...common, widget: 'boolean', required: false, default: false };
    case 'enum':
      return { ...common, widget: 'select', options: enumOptions(path, def, meta) };
    case 'object':
      return { ...common, widget: 'object', fields: editorFields(def.shape ?? {}, path) };
    case 'array':
      return { ...common, widget: 'list', ...listField(def.element, path), ...listLimits(checks) };
    default:
      throw new UneditableField(`${path}: the editor has no field for a zod ${def.type}`);
  }
}

function enumOptions(path: string, def: Def, meta: EditorMeta) {
  return Object.values(def.entries ?? {}).map((value) => {
    const label = meta.optionLabels?.[value];
    if (!label) throw new UneditableField(`${path}: no words for "${value}" in optionLabels`);
    return { label, value };
  });
}

/** A list's items: a group of fields each, or one text each. */
function listField(element: z.ZodType | undefined, path: string) {
  if (!element) throw new UneditableField(`${path}: a list without an element schema`);
  const item = editorField('item', element, `${path}[]`);
  const singular = { label_singular: item.label ?? 'item' };
  if (item.widget === 'object' && 'fields' in item) {
    // A collapsed item shows its name ("Second intake"), else its first field.
    const names = item.fields.map((field: Field) => field.name);
    const shown = names.find((name: string) => name === 'name' || name === 'title') ?? names[0];
    return {
      ...singular,
      fields: item.fields,
      ...(shown ? { summary: `{{fields.${shown}}}` } : {}),
    };
  }
  return { ...singular, field: item };
}

/** The editor's fields for an object's shape, in the schema's order (the files' key order). */
export function editorFields(shape: Record<string, z.ZodType>, prefix = ''): Field[] {
  return Object.entries(shape).map(([name, schema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const field = editorField(name, schema, path);
    const { relatesTo } = unwrap(schema).meta;
    return relatesTo ? relationField(field, relatesTo) : field;
  });
}

/** A field holding another entry's file name: the editor offers a list of those entries. */
function relationField(field: Field, collection: string): Field {
  const { name, label, hint, required } = field as Field & { hint?: string; required?: boolean };
  return {
    name,
    ...(label ? { label } : {}),
    ...(hint ? { hint } : {}),
    ...(required !== undefined ? { required } : {}),
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
  };
}
