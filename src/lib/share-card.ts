/**
 * The picture a page shows when it is shared (Open Graph and Twitter cards): its title on the
 * site's colours, drawn at build time by src/integrations/share-images.ts.
 */

/** The size LinkedIn, Facebook and X all show large. */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** Where a page's picture is published: `/communities/resistance/` → `/og/communities/resistance.png`. */
export function shareImagePath(pathname: string): string {
  const name = pathname.split('/').filter(Boolean).join('/');
  return `/og/${name || 'home'}.png`;
}

/** The words on a page's picture: its title, then the site's name unless that is the title. */
export function shareCardText(title: string, siteName: string) {
  const byline = title === siteName ? undefined : siteName;
  return { title, byline, alt: byline ? `${title}: ${byline}` : title };
}

/** What a built page asks for: the picture's address and the title and site it names. */
export interface ShareCardRequest {
  image: string;
  title: string;
  siteName: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes the escaping an attribute value gets in HTML: `&amp;`, `&#39;`, `&#x27;` and the like. */
function unescapeAttribute(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1]?.toLowerCase() === 'x';
      return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function metaContent(html: string, property: string): string | undefined {
  const tag = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html);
  return tag?.[1] === undefined ? undefined : unescapeAttribute(tag[1]);
}

/** The share card a built page's Open Graph tags ask for; none for a page without `og:image`. */
export function readShareCardRequest(html: string): ShareCardRequest | undefined {
  const image = metaContent(html, 'og:image');
  const title = metaContent(html, 'og:title');
  const siteName = metaContent(html, 'og:site_name');
  if (image === undefined || title === undefined || siteName === undefined) return undefined;
  return { image: new URL(image, 'http://site.invalid').pathname, title, siteName };
}
