/**
 * schema.org JSON-LD for a CoP page, so search engines can show it as a free online course
 * with its intakes' dates.
 */
import type { IsoDate } from './dates';

export interface CourseFacts {
  cop: { title: string; summary: string };
  programme: {
    capacity: number;
    cost: string;
    eligibility: string;
    intakes: readonly { name: string; sessions: { from: IsoDate; to: IsoDate } }[];
    funding: { funders: readonly { name: string; url?: string | undefined }[] };
  };
  organisation: string;
  /** The CoP page's own address (absolute). */
  pageUrl: string;
  /** The site's home page (absolute). */
  siteUrl: string;
}

const organization = (name: string, url?: string) => ({
  '@type': 'Organization',
  name,
  ...(url ? { url } : {}),
});

/** The programme's cost sentence starts with "Free" when places cost nothing. */
export const isFree = (cost: string) => /^free\b/i.test(cost.trim());

/** A `Course` with one `CourseInstance` per intake. Dates keep the editor's precision (2025-02). */
export function courseJsonLd({ cop, programme, organisation, pageUrl, siteUrl }: CourseFacts) {
  const free = isFree(programme.cost);
  const organizer = organization(organisation, siteUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': `${pageUrl}#course`,
    name: cop.title,
    description: cop.summary,
    url: pageUrl,
    inLanguage: 'en-AU',
    isAccessibleForFree: free,
    provider: organizer,
    audience: { '@type': 'Audience', audienceType: programme.eligibility },
    ...(free
      ? { offers: { '@type': 'Offer', category: 'Free', price: 0, priceCurrency: 'AUD' } }
      : {}),
    hasCourseInstance: programme.intakes.map((intake) => ({
      '@type': 'CourseInstance',
      name: `${cop.title}: ${intake.name}`,
      courseMode: 'online',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      isAccessibleForFree: free,
      maximumAttendeeCapacity: programme.capacity,
      startDate: intake.sessions.from,
      endDate: intake.sessions.to,
      organizer,
      funder: programme.funding.funders.map((funder) => organization(funder.name, funder.url)),
    })),
  };
}

/**
 * JSON for inside a <script> element: `<` is escaped so no text (like "</script>") can end
 * the element early; `>`, `&` and the two JavaScript line separators likewise, for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
