/**
 * The text below a CoP's or a page's front matter, as HTML: the same function for the built page
 * and the editor's preview, so the two cannot differ. The text is Markdown, never code: braces are
 * braces, and HTML typed or pasted in is shown as typed (micromark escapes it), so nothing staff
 * write can stop the build or run.
 */
import GithubSlugger from 'github-slugger';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** A piece of a body: its own HTML, or the place a page lists the reflections. */
export type BodyPart = { kind: 'html'; html: string } | { kind: 'reflections' };

/** The one component a page may place in its text, on a line of its own. */
const REFLECTIONS_LINE = /^[ \t]*<Reflections\s*\/>[ \t]*$/m;

const TAGS = /<[^>]*>/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const headingText = (html: string) =>
  html.replace(TAGS, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? '');

/** Headings get ids made from their words (as GitHub does), so a link can point at a section. */
function withHeadingIds(html: string, slugger: GithubSlugger): string {
  return html.replace(
    /<h([2-6])>([\s\S]*?)<\/h\1>/g,
    (_, level: string, inner: string) =>
      `<h${level} id="${slugger.slug(headingText(inner))}">${inner}</h${level}>`,
  );
}

/** One piece of Markdown as HTML. */
function toHtml(markdown: string, slugger: GithubSlugger): string {
  const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return withHeadingIds(html, slugger);
}

/** A body's Markdown as HTML, for a body that places no component. */
export function renderMarkdown(markdown: string): string {
  return toHtml(markdown, new GithubSlugger());
}

/**
 * A body in its parts: HTML, with a `reflections` part where a line holds only `<Reflections />`.
 * Heading ids stay unique across the parts.
 */
export function bodyParts(markdown: string): BodyPart[] {
  const slugger = new GithubSlugger();
  const parts: BodyPart[] = [];
  let rest = markdown;
  for (let match = REFLECTIONS_LINE.exec(rest); match; match = REFLECTIONS_LINE.exec(rest)) {
    const before = rest.slice(0, match.index);
    if (before.trim()) parts.push({ kind: 'html', html: toHtml(before, slugger) });
    parts.push({ kind: 'reflections' });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest.trim()) parts.push({ kind: 'html', html: toHtml(rest, slugger) });
  return parts;
}
