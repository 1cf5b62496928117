/**
 * schema.org JSON-LD for a CoP page, so search engines can show it as a free online course
 * with the dates of the intakes people can still join or are meeting. Where session days and
 * times are known, each instance carries them as Google's course info guidance describes
 * (`courseSchedule` and `courseWorkload`, both ISO 8601). Each instance's offer says whether
 * this CoP takes expressions of interest in that intake, in schema.org's ItemAvailability words.
 */
import type { IsoDate } from './dates.ts';
import type { IntakeStatus } from './intake-status.ts';
import { inOrder, isoDuration, sessionMinutes, type ScheduledSession } from './schedule.ts';

export interface CourseFacts {
  /** The CoP: its file name, for its own status in each intake. */
  cop: { id: string; title: string; summary: string };
  programme: {
    capacity: number;
    cost: string;
    eligibility: string;
    intakes: readonly {
      name: string;
      sessions: { from: IsoDate; to: IsoDate };
      schedule?: readonly ScheduledSession[] | undefined;
      applications?: { opens?: IsoDate | undefined } | undefined;
      computedStatus: IntakeStatus;
      /** Each CoP's own status in the intake, by file name (`copAvailability`). */
      copStatuses?: Readonly<Record<string, IntakeStatus>> | undefined;
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
 * schema.org's word for what a status offers: open is in stock; a waitlist is limited (a place is
 * not promised, so not BackOrder); closed is sold out. Opening soon has none: its offer only says
 * when it starts, where the programme file gives the day.
 */
const AVAILABILITY: Partial<Record<IntakeStatus, string>> = {
  open: 'https://schema.org/InStock',
  waitlist: 'https://schema.org/LimitedAvailability',
  closed: 'https://schema.org/SoldOut',
};

/** The offer of a place in this CoP in one intake, if there is anything true to say of it. */
function offerOf(
  status: IntakeStatus,
  opens: IsoDate | undefined,
  free: boolean,
): Record<string, unknown> | undefined {
  const availability = AVAILABILITY[status];
  const starts = status === 'opening-soon' ? opens : undefined;
  if (!availability && !starts) return undefined;
  return {
    '@type': 'Offer',
    ...(availability ? { availability } : { availabilityStarts: starts }),
    ...(free ? { category: 'Free', price: 0, priceCurrency: 'AUD' } : {}),
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
    .map((intake) => {
      const offer = offerOf(
        intake.copStatuses?.[cop.id] ?? intake.computedStatus,
        intake.applications?.opens,
        free,
      );
      return {
        '@type': 'CourseInstance',
        name: `${cop.title}: ${intake.name}`,
        courseMode: 'online',
        eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
        isAccessibleForFree: free,
        maximumAttendeeCapacity: programme.capacity,
        ...when(intake),
        ...(offer ? { offers: offer } : {}),
        organizer,
        funder: programme.funding.funders.map((funder) => organization(funder.name, funder.url)),
      };
    });
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
