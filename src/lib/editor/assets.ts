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
