/** The directives of a page's CSP meta tag, each with its list of sources. */
export function cspOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  const directives = new Map<string, string[]>();
  for (const directive of (content ?? '').replaceAll('&#39;', "'").split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}
