/**
 * The browser editor's configuration (Sveltia CMS, served at /admin/), made from the content
 * collections and their schemas when the site is built: a field, option or limit added to a
 * schema appears in the editor with no other change.
 */
import type { CmsConfig, Collection, CollectionSlugOptions, Field } from '@sveltia/cms';
import type { z } from 'astro/zod';
import { contentCollections, type CollectionName } from '../content/collections.ts';
import { editorFields } from './fields.ts';

/** Where saves go: a GitHub repository, or the browser's own storage for tests. */
export type EditorBackend =
  | {
      name: 'github';
      /** `owner/name` of the repository the site is built from. */
      repo: string;
      branch: string;
      /** The OAuth client's address (sveltia-cms-auth); Netlify's own when left out. */
      authUrl?: string | undefined;
    }
  | { name: 'test-repo' };

export interface EditorOptions {
  backend: EditorBackend;
  /** The public site's address: "View on Live Site" leads to a page at its origin. */
  siteUrl: string;
  /** The folder the site is built from, in the repository: content. */
  contentRoot: string;
}

/** A file's name as the site expects it, checked when an entry is created. */
const LOWER_CASE_WORDS = '[a-z0-9]+(-[a-z0-9]+)*';

interface Presentation {
  label: string;
  singular: string;
  description: string;
  /** The public page that shows an entry, for "View on Live Site": `{{slug}}` is its file name. */
  page: string;
  /** Entries are one file each (a folder), or the collection is one file. */
  slug?: CollectionSlugOptions;
  /** What the list of entries shows for each. */
  summary?: string;
  identifier?: string;
  /** An MDX file's text below the front matter. */
  body?: { label: string; hint: string };
  sortable?: string[];
}

const PRESENTATION: Record<CollectionName, Presentation> = {
  site: {
    label: 'Site-wide text',
    singular: 'Site-wide text',
    description: 'The organisation, Quick exit, support lines and Acknowledgement of Country.',
    // The header and footer of every page show it.
    page: '/',
  },
  programme: {
    label: 'Programme years',
    singular: 'programme year',
    description:
      'One programme year each: its intakes and their dates and status, capacity, cost and funding.',
    // The home page shows the current year's timeline and each intake's status.
    page: '/',
    slug: {
      template: "{{fields.runs.from | date('YYYY')}}-{{fields.runs.to | date('YY')}}",
      pattern: ['^\\d{4}-\\d{2}$', 'File name: expected the programme year, like 2025-26.'],
      hint: 'The programme year, like 2025-26. It cannot be changed once saved.',
    },
  },
  cops: {
    label: 'Communities of Practice',
    singular: 'CoP',
    description: 'One Community of Practice each; the file name is its web address.',
    page: '/communities/{{slug}}/',
    slug: {
      template: '{{title}}',
      pattern: [
        `^${LOWER_CASE_WORDS}$`,
        'File name: expected lower-case words joined by hyphens, like regional-practitioners.',
      ],
      hint: 'Its web address: /communities/<file name>/. Lower-case words joined by hyphens. It cannot be changed once saved: reflections and the form refer to it.',
    },
    body: {
      label: 'What it offers',
      hint: 'Markdown: a blank line between paragraphs, "## " before a heading, "- " before a list item.',
    },
    sortable: ['order', 'title'],
  },
  pages: {
    label: 'Pages',
    singular: 'page',
    description: 'Reading pages such as "Our approach"; the file name is its web address.',
    page: '/{{slug}}/',
    slug: {
      template: '{{title}}',
      pattern: [
        `^${LOWER_CASE_WORDS}$`,
        'File name: expected lower-case words joined by hyphens, like online-delivery.',
      ],
      hint: 'Its web address: /<file name>/. Lower-case words joined by hyphens. It cannot be changed once saved.',
    },
    body: {
      label: 'Page text',
      hint: 'Markdown: a blank line between paragraphs, "## " before a heading, "- " before a list item. Text shows as typed, HTML too. <Reflections /> on a line of its own lists the reflections there.',
    },
  },
  reflections: {
    label: 'Reflections',
    singular: 'reflection',
    description: "Past participants' words, newest shown on the home page.",
    page: '/reflections/',
    identifier: 'quote',
    summary: '{{date}}: {{quote}}',
    slug: {
      template: "{{fields.date}}-{{fields.quote | truncate(30, '')}}",
      pattern: [
        `^\\d{4}-\\d{2}-${LOWER_CASE_WORDS}$`,
        'File name: expected the month and a few words, like 2025-06-shared-challenges.',
      ],
      hint: 'The month and a few words, like 2025-06-shared-challenges. It cannot be changed once saved.',
    },
    sortable: ['date'],
  },
  form: {
    label: 'Expression of interest form',
    singular: 'Expression of interest form',
    description:
      "The form's introduction and questions: reword, reorder, switch off or add questions.",
    page: '/apply/',
  },
};

const shapeOf = (schema: z.ZodType) =>
  (schema as unknown as { _zod: { def: { shape: Record<string, z.ZodType> } } })._zod.def.shape;

function collectionConfig(name: CollectionName, contentRoot: string): Collection {
  const { folder, pattern, schema } = contentCollections[name];
  const shown = PRESENTATION[name];
  const fields = editorFields(shapeOf(schema));
  const common = { name, label: shown.label, label_singular: shown.singular };
  if (!pattern.includes('*')) {
    const file = [contentRoot, folder, pattern].filter(Boolean).join('/');
    return {
      ...common,
      description: shown.description,
      files: [
        { name, label: shown.singular, file, format: 'yaml', preview_path: shown.page, fields },
      ],
    };
  }
  const extension = pattern.slice(pattern.lastIndexOf('.') + 1);
  const body: Field[] = shown.body
    ? [{ name: 'body', widget: 'markdown', modes: ['raw'], ...shown.body }]
    : [];
  return {
    ...common,
    description: shown.description,
    folder: `${contentRoot}/${folder}`,
    extension,
    format: extension === 'mdx' ? 'frontmatter' : 'yaml',
    create: true,
    preview_path: shown.page,
    ...(shown.slug ? { slug: { editable: ['create'], ...shown.slug } } : {}),
    ...(shown.identifier ? { identifier_field: shown.identifier } : {}),
    ...(shown.summary ? { summary: shown.summary } : {}),
    ...(shown.sortable ? { sortable_fields: shown.sortable } : {}),
    fields: [...fields, ...body],
  };
}

function backendConfig(backend: EditorBackend): CmsConfig['backend'] {
  if (backend.name === 'test-repo') return { name: 'test-repo' };
  return {
    name: 'github',
    repo: backend.repo,
    branch: backend.branch,
    ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
  };
}

/** The whole configuration, as `/admin/config.json` serves it. */
export function editorConfig({ backend, siteUrl, contentRoot }: EditorOptions): CmsConfig {
  return {
    backend: backendConfig(backend),
    // A save is a commit that the normal build checks and publishes; see docs/editing.md.
    publish_mode: 'simple',
    app_title: 'Edit the CoP site',
    site_url: siteUrl,
    // The content has no images; the editor needs a folder for uploads all the same.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is left out of the file, as the schemas expect.
    output: { omit_empty_optional_fields: true },
    collections: (Object.keys(contentCollections) as CollectionName[]).map((name) =>
      collectionConfig(name, contentRoot),
    ),
  };
}
