/**
 * schema.org JSON-LD for a CoP page, so search engines can show it as a free online course
 * with the dates of the intakes people can still join or are meeting. Where session days and
 * times are known, each instance carries them as Google's course info guidance describes
 * (`courseSchedule` and `courseWorkload`, both ISO 8601).
 */
import type { IsoDate } from './dates.ts';
import type { IntakeStatus } from './intake-status.ts';
import { inOrder, isoDuration, sessionMinutes, type ScheduledSession } from './schedule.ts';

export interface CourseFacts {
  cop: { title: string; summary: string };
  programme: {
    capacity: number;
    cost: string;
    eligibility: string;
    intakes: readonly {
      name: string;
      sessions: { from: IsoDate; to: IsoDate };
      schedule?: readonly ScheduledSession[] | undefined;
      computedStatus: IntakeStatus;
    }[];
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

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

/** Google's words for a steady rhythm: sessions a day or a week apart; none for any other. */
function repeatFrequency(days: readonly string[]): string | undefined {
  const gaps = new Set(days.slice(1).map((day, index) => daysBetween(days[index]!, day)));
  if (gaps.size !== 1) return undefined;
  return { 1: 'Daily', 7: 'Weekly' }[[...gaps][0]!];
}

/** Start and end days, and where sessions are scheduled their pace and total time. */
function when(intake: CourseFacts['programme']['intakes'][number]) {
  const sessions = inOrder(intake.schedule ?? []);
  const [first, last] = [sessions[0], sessions.at(-1)];
  if (!first || !last) return { startDate: intake.sessions.from, endDate: intake.sessions.to };
  const lengths = new Set(sessions.map(sessionMinutes));
  const frequency = repeatFrequency(sessions.map((session) => session.date));
  const total = sessions.reduce((sum, session) => sum + sessionMinutes(session), 0);
  return {
    startDate: first.date,
    endDate: last.date,
    courseWorkload: isoDuration(total),
    courseSchedule: {
      '@type': 'Schedule',
      repeatCount: sessions.length,
      ...(frequency ? { repeatFrequency: frequency } : {}),
      ...(lengths.size === 1 ? { duration: isoDuration([...lengths][0]!) } : {}),
      startDate: first.date,
      endDate: last.date,
      scheduleTimezone: 'Australia/Melbourne',
    },
  };
}

/**
 * A `Course` with a `CourseInstance` for each intake that has not finished: a finished intake
 * is not something anyone can join. Month-only dates keep the editor's precision (2025-02).
 */
export function courseJsonLd({ cop, programme, organisation, pageUrl, siteUrl }: CourseFacts) {
  const free = isFree(programme.cost);
  const organizer = organization(organisation, siteUrl);
  const instances = programme.intakes
    .filter((intake) => intake.computedStatus !== 'finished')
    .map((intake) => ({
      '@type': 'CourseInstance',
      name: `${cop.title}: ${intake.name}`,
      courseMode: 'online',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      isAccessibleForFree: free,
      maximumAttendeeCapacity: programme.capacity,
      ...when(intake),
      organizer,
      funder: programme.funding.funders.map((funder) => organization(funder.name, funder.url)),
    }));
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
    ...(instances.length > 0 ? { hasCourseInstance: instances } : {}),
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
