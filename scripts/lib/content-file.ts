/** Reads a content file's fields as the build's loader does, so tests see what the build sees. */
import { readFileSync } from 'node:fs';
import { parseContentFile } from '../../src/lib/content/parse-file.ts';

/**
 * A YAML file's data, or an MDX file's front matter, parsed with js-yaml as the build parses it
 * (an unquoted day such as 2024-08-15 becomes a Date, which the schemas turn back into text).
 * A file the build could not read throws the build's own line.
 */
export function contentFields(path: string, text = readFileSync(path, 'utf8')): unknown {
  const parsed = parseContentFile(path, text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.data;
}
