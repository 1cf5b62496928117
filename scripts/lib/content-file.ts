/** Reads a content file's fields the way Astro's loaders do, so tests see what the build sees. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** The front matter between `---` lines at the top of an MD or MDX file, as Astro finds it. */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * A YAML file's data, or an MDX file's front matter, parsed with js-yaml as Astro parses it
 * (an unquoted day such as 2024-08-15 becomes a Date, which the schemas turn back into text).
 */
export function contentFields(path: string, text = readFileSync(path, 'utf8')): unknown {
  const isMarkdown = /\.mdx?$/i.test(path);
  const yaml = isMarkdown ? (FRONT_MATTER.exec(text)?.[1] ?? '') : text;
  return load(yaml, { filename: path }) ?? (isMarkdown ? {} : null);
}
