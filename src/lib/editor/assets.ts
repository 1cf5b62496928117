/**
 * The editor's script asks a CDN for its fonts. The same files come from npm packages and are
 * served from /admin/fonts/, so /admin/ asks no other site for anything before sign-in.
 */

export interface EditorFont {
  /** The address written in Sveltia's script. */
  cdn: string;
  /** Where the same file is in node_modules. */
  packageFile: string;
}

export const EDITOR_FONTS_PATH = '/admin/fonts/';

export const EDITOR_FONTS: readonly EditorFont[] = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    packageFile: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    packageFile: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    packageFile:
      '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
];

/** A font's name under /admin/fonts/. */
export const fontFileName = (font: EditorFont) => font.packageFile.split('/').at(-1) ?? '';

/**
 * The script with each font's CDN address replaced by its address on this site. A new version of
 * the editor that asks for other fonts fails the build here, rather than reaching out unseen.
 */
export function localiseFonts(script: string): string {
  let local = script;
  for (const font of EDITOR_FONTS) {
    if (!local.includes(font.cdn)) {
      throw new Error(
        `The editor's script no longer asks for ${font.cdn}: update EDITOR_FONTS in src/lib/editor/assets.ts (and the @fontsource packages) to the fonts it asks for now.`,
      );
    }
    local = local.replaceAll(font.cdn, `${EDITOR_FONTS_PATH}${fontFileName(font)}`);
  }
  const left = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)'"`\s]+/.exec(local);
  if (left) {
    throw new Error(
      `The editor's script asks for ${left[0]}: add it to EDITOR_FONTS in src/lib/editor/assets.ts.`,
    );
  }
  return local;
}

/**
 * Preview templates need Immutable.js, which the editor's script imports from unpkg.com at the
 * version its own package.json names; the site serves the same package from here instead.
 */
export const EDITOR_IMMUTABLE_PATH = '/admin/immutable.es.js';

/** Where the same file is in node_modules (package.json pins the version the editor asks for). */
export const IMMUTABLE_PACKAGE_FILE = 'immutable/dist/immutable.es.js';

/** The editor's own loader call for Immutable (minified names change between versions). */
const IMMUTABLE_IMPORT = /\b[\w$]+\(`immutable`,`dist\/immutable\.es\.js`\)/;

/** The Immutable version the editor's script asks unpkg for: its dependency's range, less `^`. */
export function immutableVersionAsked(script: string): string | undefined {
  return /\bimmutable:`\D?(\d+\.\d+\.\d+)`/.exec(script)?.[1];
}

/**
 * The script with its Immutable import pointed at this site. A new version of the editor that
 * loads it another way, or asks for another version than the one installed, fails the build.
 */
export function localiseImmutable(script: string, installedVersion: string): string {
  const asked = immutableVersionAsked(script);
  if (!asked || !IMMUTABLE_IMPORT.test(script)) {
    throw new Error(
      "The editor's script no longer loads Immutable.js from unpkg.com as src/lib/editor/assets.ts expects: find how it loads `immutable` now and update localiseImmutable (the preview templates need it).",
    );
  }
  if (asked !== installedVersion) {
    throw new Error(
      `The editor's script asks for immutable@${asked}, but immutable@${installedVersion} is installed: run npm install --save-exact immutable@${asked}.`,
    );
  }
  return script.replace(new RegExp(IMMUTABLE_IMPORT, 'g'), `import(\`${EDITOR_IMMUTABLE_PATH}\`)`);
}

/**
 * The editor loads the chunk that draws preview templates from beside its script (then from
 * unpkg.com): this site serves it at /admin/chunks/.
 */
export const EDITOR_CHUNKS = ['react-dom'] as const;

/** The script asks for its chunks relative to itself: fail the build if it stops doing so. */
export function checkEditorChunks(script: string): void {
  if (!script.includes('`chunks/${')) {
    throw new Error(
      "The editor's script no longer loads its chunks from beside itself (chunks/<name>.js): find where it loads react-dom now and update EDITOR_CHUNKS in src/lib/editor/assets.ts.",
    );
  }
}

/** The editor's script as /admin/ serves it: fonts and Immutable from this site. */
export function localiseEditorScript(script: string, immutableVersion: string): string {
  checkEditorChunks(script);
  return localiseImmutable(localiseFonts(script), immutableVersion);
}
