/**
 * What the editor hands a preview template, read into the shapes the build uses: an entry's
 * fields as its collection's schema makes them (defaults filled, as the site reads the file),
 * or the lines the build would stop with.
 */
import type { z } from 'astro/zod';
import { contentCollections, type CollectionName } from '../lib/content/collections.ts';
import { formatContentError } from '../lib/content/error-messages.ts';

/** The little of Immutable.js's Map a template reads. */
export interface ImmutableMap {
  get(key: string): unknown;
  toJS(): unknown;
}

/** The editor's props for a preview template (Sveltia CMS's CustomPreviewTemplateProps). */
export interface EditorPreviewProps {
  entry: ImmutableMap;
  getCollection: (name: string, slug?: string) => Promise<ImmutableMap[] | ImmutableMap>;
  document: Document;
  window: Window;
}

/** An entry as the editor holds it: its file name (slug), its file, and its fields as typed. */
export interface EditorEntry {
  slug: string;
  path: string;
  /** Not saved yet: it has no file, nor (for a folder's entry) a file name. */
  isNew: boolean;
  fields: Record<string, unknown>;
}

export function editorEntry(map: ImmutableMap): EditorEntry {
  const data = map.get('data') as ImmutableMap | undefined;
  return {
    slug: String(map.get('slug') ?? ''),
    path: String(map.get('path') ?? ''),
    // The editor's own newRecord flag is always false here; a saved entry always has a file.
    isNew: !map.get('path'),
    fields: (data?.toJS() ?? {}) as Record<string, unknown>,
  };
}

/**
 * Fields as the saved file will have them: the editor leaves out an optional field left empty
 * (`omit_empty_optional_fields`), but hands the preview its empty text, list or group.
 */
export function asSaved(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(asSaved).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const kept = Object.entries(value).flatMap(([key, inner]) => {
      const saved = asSaved(inner);
      return saved === undefined ? [] : [[key, saved]];
    });
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

/** An entry read as the build reads its file, or the lines the build would stop with. */
export type Read<T> =
  | { ok: true; slug: string; path: string; data: T; body: string }
  | { ok: false; slug: string; path: string; isNew: boolean; problems: string };

/** An entry the build could read. */
export type ReadOk<Name extends CollectionName> = Extract<Read<DataOf<Name>>, { ok: true }>;

type DataOf<Name extends CollectionName> = z.infer<(typeof contentCollections)[Name]['schema']>;

export function readEntry<Name extends CollectionName>(
  collection: Name,
  entry: EditorEntry,
): Read<DataOf<Name>> {
  const { body, ...fields } = entry.fields;
  const saved = (asSaved(fields) ?? {}) as Record<string, unknown>;
  const result = contentCollections[collection].schema.safeParse(saved, { reportInput: true });
  const { slug, path, isNew } = entry;
  if (!result.success) {
    const file = isNew ? 'This new entry' : path;
    return {
      ok: false,
      slug,
      path,
      isNew,
      problems: formatContentError(file, result.error.issues),
    };
  }
  return { ok: true, slug, path, data: result.data as DataOf<Name>, body: String(body ?? '') };
}
