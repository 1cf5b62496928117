// What a push to main changed, as the publishing workflows decide it: a push that changes only
// files under content/ (a save in the browser editor) needs the content check alone; any other
// push changes code, and npm test runs first.
import { STAFF_CONTENT } from '../../src/data/content-root.ts';

/** The folder staff edit: a push inside it changes no code. */
export const CONTENT_FOLDER = `${STAFF_CONTENT}/`;

/**
 * Whether a push changes code, from the files it changed: `undefined` when they cannot be known
 * (the first push, or an earlier commit missing from the history after a force push), which counts
 * as code, as does a push that changes no file.
 */
export function pushChangesCode(changed: readonly string[] | undefined): boolean {
  if (changed === undefined || changed.length === 0) return true;
  return changed.some((file) => !file.startsWith(CONTENT_FOLDER));
}
