// What the content check expects, read from the content files themselves (never written for the
// content of the day), and which content file a built page comes from.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentFields } from '../lib/content-file.ts';

export interface PublishedCop {
  id: string;
  title: string;
  /** The file, as the content check names it: `content/cops/<id>.mdx`. */
  file: string;
}

/** The content folder's file names in a collection's folder, with their ids. */
function entries(contentDir: string, folder: string) {
  const path = join(contentDir, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
    .map((name) => ({ id: name.replace(/\.\w+$/, ''), path: join(path, name) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const fieldsOf = (path: string) => (contentFields(path) ?? {}) as Record<string, unknown>;

/** The CoPs a production build publishes: every file in cops/ not marked `draft: true`. */
export function publishedCops(contentDir: string, shownAs = contentDir): PublishedCop[] {
  return entries(contentDir, 'cops').flatMap(({ id, path }) => {
    const fields = fieldsOf(path);
    if (fields['draft'] === true) return [];
    return [
      { id, title: String(fields['title']), file: `${shownAs}/cops/${path.split('/').pop()}` },
    ];
  });
}

/**
 * The content file a page is made from, where one is: a CoP's page, an MDX page, the form; the
 * page's own path otherwise (the home page and lists draw on several files).
 */
export function pageSource(contentDir: string, path: string, shownAs = contentDir): string {
  const name = (folder: string, id: string) =>
    entries(contentDir, folder)
      .find((entry) => entry.id === id)
      ?.path.split('/')
      .pop();
  const cop = /^\/(?:communities|apply)\/([^/]+)\/$/.exec(path)?.[1];
  const copFile = cop && name('cops', cop);
  if (copFile) return `${shownAs}/cops/${copFile}`;
  if (path.startsWith('/apply/')) return `${shownAs}/form.yaml`;
  const page = /^\/([^/]+)\/$/.exec(path)?.[1];
  const pageFile = page && name('pages', page);
  if (pageFile) return `${shownAs}/pages/${pageFile}`;
  if (path === '/reflections/') return `${shownAs}/reflections/`;
  return `page ${path}`;
}
