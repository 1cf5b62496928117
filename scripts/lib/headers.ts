// Reads `_headers` (the format Netlify and Cloudflare Pages share) and gives each path the headers
// each host would send, so the local server and the tests apply and check the same rules a CDN would.

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** Headers this rule first removes from what earlier rules gave (Cloudflare's `! Name` line). */
  detach: string[];
}

/** The hosts the site is deployed to; each combines the rules matching a path in its own way. */
export type Host = 'netlify' | 'cloudflare' | 'github-pages';

export const HOSTS: readonly Host[] = ['netlify', 'cloudflare', 'github-pages'];

/**
 * Parses the file into rules, in order. A line at the start of a line is a path pattern; the
 * indented `Name: value` lines under it are its headers, and `! Name` detaches a header; `#` starts
 * a comment.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    // Cloudflare reads "! " (with the space) as detach; anything else without a colon is an error.
    const [, detached] = /^\s+! ([A-Za-z0-9-]+)\s*$/.exec(line) ?? [];
    if (detached !== undefined && rule) {
      rule.detach.push(detached);
      return;
    }
    const [, name, value] = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line) ?? [];
    if (name === undefined || value === undefined || !rule) {
      problems.push(
        `line ${index + 1}: expected "Name: value" or "! Name" under a path, found "${line.trim()}"`,
      );
      return;
    }
    rule.headers.push([name, value.trim()]);
  });
  if (problems.length) throw new Error(`_headers is not valid:\n${problems.join('\n')}`);
  return rules;
}

/** Whether a pattern (`*` for any run of characters, `:name` for one path segment) matches a path. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('*')
    .map((part) =>
      part
        .split(/:[A-Za-z_]\w*/)
        .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+'),
    )
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/** One rule's own headers, by lower-case name; a name given twice in one rule is joined (both hosts). */
function ruleHeaders(rule: HeaderRule): Map<string, string> {
  const own = new Map<string, string>();
  for (const [name, value] of rule.headers) {
    const key = name.toLowerCase();
    const before = own.get(key);
    own.set(key, before === undefined ? value : `${before}, ${value}`);
  }
  return own;
}

/**
 * Every header the rules give a path on a host, by lower-case name, combining the matching rules in
 * file order as each host documents it:
 * - Cloudflare Pages: a later rule's value is joined to an earlier one's with ", ", unless the later
 *   rule first detaches the header with `! Name` (developers.cloudflare.com, Pages "Headers").
 * - Netlify: a later rule's value replaces an earlier one's; it skips `! Name` lines, having no
 *   colon (netlify/build headers-parser `line_parser.ts`; the CLI's `headersForPath` merges rules
 *   with Object.assign).
 * - GitHub Pages: reads no `_headers` file; it sends none of these.
 */
export function headersFor(
  rules: HeaderRule[],
  pathname: string,
  host: Host,
): Record<string, string> {
  const headers = new Map<string, string>();
  if (host === 'github-pages') return {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    if (host === 'cloudflare') {
      for (const name of rule.detach) headers.delete(name.toLowerCase());
    }
    for (const [key, value] of ruleHeaders(rule)) {
      const before = headers.get(key);
      const joins = host === 'cloudflare' && before !== undefined;
      headers.set(key, joins ? `${before}, ${value}` : value);
    }
  }
  return Object.fromEntries(headers);
}

/** The host whose rule the local server follows: Cloudflare's, the stricter, which joins values. */
export const LOCAL_HOST: Host = 'cloudflare';
