// Reads `_headers` (the format Netlify and Cloudflare Pages share) so the local server and the
// tests apply and check the same rules a CDN would.

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Parses the file into rules, in order. A line at the start of a line is a path pattern; the
 * indented `Name: value` lines under it are its headers; `#` starts a comment.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const [, name, value] = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line) ?? [];
    const rule = rules.at(-1);
    if (name === undefined || value === undefined || !rule) {
      problems.push(
        `line ${index + 1}: expected "Name: value" under a path, found "${line.trim()}"`,
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

/** Every header the rules give a path, later rules adding to earlier ones as the hosts do. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
