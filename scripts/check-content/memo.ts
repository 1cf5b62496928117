// What a check found on a page, remembered by a hash of what it looked at: a page byte for byte
// the same as one checked before (in this run, or an earlier build of the same run) is not
// checked again. The staff-tasks test builds a dozen times and most pages do not change.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type CheckMemo = Map<string, string[]>;

export const newMemo = (): CheckMemo => new Map();

export const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A page's fingerprint: its HTML and every file of the built site it names under /_astro/ (the
 * styles and scripts it loads), so a change to either is seen.
 */
export function pageFingerprint(dist: string, html: string): string {
  const hash = createHash('sha256').update(html);
  const assets = new Set([...html.matchAll(/\/_astro\/[^"'\s)]+/g)].map(([asset]) => asset));
  for (const asset of [...assets].sort()) {
    try {
      hash.update(asset).update(readFileSync(join(dist, asset)));
    } catch {
      hash.update(`${asset} missing`);
    }
  }
  return hash.digest('hex');
}

/** What `check` finds for `key`, from the memo when it has been found before. */
export async function remembered(
  memo: CheckMemo | undefined,
  key: string,
  check: () => Promise<string[]>,
): Promise<string[]> {
  const known = memo?.get(key);
  if (known) return known;
  const found = await check();
  memo?.set(key, found);
  return found;
}
