// What the content check expects, read from the content files themselves (never written for the
// content of the day), and which content file a built page comes from.
import { relative } from 'node:path';
import { contentCollections } from '../../src/lib/content/collections.ts';
import { collectionFiles, contentFields, type CollectionFile } from '../lib/content-file.ts';

export interface PublishedCop {
  id: string;
  title: string;
  /** The file, as the content check names it: `content/cops/<id>.mdx`. */
  file: string;
}

/** A content file as the content check names it, from the folder it is shown as. */
const shown = (contentDir: string, shownAs: string, { path }: CollectionFile) =>
  `${shownAs}/${relative(contentDir, path)}`;

const fieldsOf = (path: string) => (contentFields(path) ?? {}) as Record<string, unknown>;

/** The CoPs a production build publishes: every file in cops/ not marked `draft: true`. */
export function publishedCops(contentDir: string, shownAs = contentDir): PublishedCop[] {
  return collectionFiles(contentDir, 'cops').flatMap((file) => {
    const fields = fieldsOf(file.path);
    if (fields['draft'] === true) return [];
    return [
      { id: file.id, title: String(fields['title']), file: shown(contentDir, shownAs, file) },
    ];
  });
}

/**
 * The content file a page is made from, where one is: a CoP's page, an MDX page, the form; the
 * page's own path otherwise (the home page and lists draw on several files).
 */
export function pageSource(contentDir: string, path: string, shownAs = contentDir): string {
  const file = (collection: 'cops' | 'pages', id: string | undefined) => {
    const found = collectionFiles(contentDir, collection).find((entry) => entry.id === id);
    return found && shown(contentDir, shownAs, found);
  };
  const copFile = file('cops', /^\/(?:communities|apply)\/([^/]+)\/$/.exec(path)?.[1]);
  if (copFile) return copFile;
  const { folder, pattern } = contentCollections.form;
  if (path.startsWith('/apply/')) return `${shownAs}/${folder ? `${folder}/` : ''}${pattern}`;
  const pageFile = file('pages', /^\/([^/]+)\/$/.exec(path)?.[1]);
  if (pageFile) return pageFile;
  if (path === '/reflections/') return `${shownAs}/${contentCollections.reflections.folder}/`;
  return `page ${path}`;
}
