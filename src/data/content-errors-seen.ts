/**
 * Single-file content errors the loaders have seen, kept where pages can read them: in
 * `npm run dev` a file with a mistake would otherwise quietly keep showing its last good
 * version, so pages show the error instead until the file is fixed.
 */
import { readFileSync } from 'node:fs';

interface ErrorSeen {
  /** The file's text when the error was seen. */
  source: string;
  lines: string;
}

const KEY = Symbol.for('safe-and-equal.content-errors-seen');
const shared = globalThis as typeof globalThis & { [KEY]?: Map<string, ErrorSeen> };

/** File (from the project root) → its error. Shared by the loaders and the pages. */
export const contentErrorsSeen: Map<string, ErrorSeen> = (shared[KEY] ??= new Map());

const currentText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Errors in files still as they were when the error was seen. A file put back exactly as it
 * last loaded is not read again by Astro, so a changed text is what says it was fixed.
 */
export function contentErrorsStillThere(): string[] {
  return [...contentErrorsSeen]
    .filter(([file, seen]) => currentText(file) === seen.source)
    .map(([, seen]) => seen.lines);
}
