/** The browser editor's settings from `astro:env`, and its files from node_modules. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EDITOR_BACKEND, EDITOR_AUTH_URL, EDITOR_BRANCH, EDITOR_REPO } from 'astro:env/server';
import {
  EDITOR_CHUNKS,
  EDITOR_FONTS,
  fontFileName,
  IMMUTABLE_PACKAGE_FILE,
  localiseEditorScript,
} from '../lib/editor/assets.ts';
import type { EditorBackend } from '../lib/editor/config.ts';

// A repository name of the right shape that says what is missing, should sign-in be tried.
const REPO_NOT_SET = 'EDITOR_REPO-not-set/set-it-at-build-time';

function backend(): EditorBackend {
  if (EDITOR_BACKEND === 'test-repo') return { name: 'test-repo' };
  if (!EDITOR_REPO) {
    console.warn(
      'EDITOR_REPO is not set: /admin/ can work on a local checkout (npm run dev), but cannot sign in to GitHub. Set it to owner/name of the repository.',
    );
  }
  return {
    name: 'github',
    repo: EDITOR_REPO ?? REPO_NOT_SET,
    branch: EDITOR_BRANCH,
    authUrl: EDITOR_AUTH_URL,
  };
}

export const editorBackend = backend();

const NODE_MODULES = join(process.cwd(), 'node_modules');

/** Sveltia CMS's script, pointed at the fonts and Immutable.js this site serves. */
export async function editorScript(): Promise<string> {
  const script = await readFile(join(NODE_MODULES, '@sveltia/cms/dist/sveltia-cms.js'), 'utf8');
  const immutable = JSON.parse(
    await readFile(join(NODE_MODULES, 'immutable/package.json'), 'utf8'),
  ) as { version: string };
  return localiseEditorScript(script, immutable.version);
}

/** Immutable.js, which the editor needs before it draws a preview template. */
export const editorImmutable = () => readFile(join(NODE_MODULES, IMMUTABLE_PACKAGE_FILE), 'utf8');

/** The editor's chunks under /admin/chunks/, by name: the one that draws preview templates. */
export const editorChunks = EDITOR_CHUNKS.map((name) => ({
  name,
  read: () => readFile(join(NODE_MODULES, `@sveltia/cms/dist/chunks/${name}.js`), 'utf8'),
}));

/** The fonts under /admin/fonts/, by file name. */
export const editorFonts = EDITOR_FONTS.map((font) => ({
  name: fontFileName(font),
  read: () => readFile(join(NODE_MODULES, font.packageFile)),
}));
