// What a check found on a page, remembered by a hash of what it looked at: a page byte for byte
// the same as one checked before (in this run, or an earlier build of the same run) is not
// checked again. The staff-tasks test builds a dozen times and most pages do not change.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type CheckMemo = Map<string, unknown>;

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
export async function remembered<T>(
  memo: CheckMemo | undefined,
  key: string,
  check: () => Promise<T>,
): Promise<T> {
  if (memo?.has(key)) return memo.get(key) as T;
  const found = await check();
  memo?.set(key, found);
  return found;
}

/** The same, for a check that reads files and needs no waiting. */
export function rememberedNow<T>(memo: CheckMemo | undefined, key: string, check: () => T): T {
  if (memo?.has(key)) return memo.get(key) as T;
  const found = check();
  memo?.set(key, found);
  return found;
}

const match = (html: string, pattern: RegExp) => pattern.exec(html)?.[0] ?? '';

/**
 * The two halves a page is made of for axe: its own (`<main>`, title and language) and the frame
 * every page shares (header, navigation, footer), each with the styles and scripts the page loads.
 * A page whose halves have each passed axe at a width, on pages built from the same styles, is
 * not scanned again at that width: a change to the navigation or the footer is then checked on
 * one page of each kind rather than on every page. A page is scanned whole whenever either half
 * is new; the HTML checks, which see ids across the whole page, still read every page.
 */
export function pageHalves(dist: string, html: string): [own: string, frame: string] {
  const styles = [
    ...html.matchAll(/<style[^>]*>[\s\S]*?<\/style>/g),
    ...html.matchAll(/<link[^>]+stylesheet[^>]*>/g),
  ].join('');
  const scripts = [...html.matchAll(/<script[\s\S]*?<\/script>/g)].map(([script]) => script);
  // Structured data for search engines is the page's own, not code the page runs.
  const data = scripts.filter((script) => script.includes('application/ld+json'));
  const code = scripts.filter((script) => !data.includes(script));
  const loads = pageFingerprint(dist, `${styles}${code.join('')}`);
  const main = match(html, /<main[\s\S]*<\/main>/);
  const own = [match(html, /<html[^>]*>/), match(html, /<title>[\s\S]*?<\/title>/), main, ...data];
  const frame = match(html, /<body[\s\S]*<\/body>/).replace(main, '<main></main>');
  return [hashOf(`${loads}${own.join('')}`), hashOf(`${loads}${frame}`)];
}
