// Whether a run of the publishing workflows publishes: a push or a run by hand always does; the
// nightly run only on or after the first day the live site, built as of its own date, would change
// (src/lib/next-change.ts). The live site says its date in /build.json (src/integrations/).
import { buildDateFrom, formatIsoDate, melbourneToday } from '../../src/lib/dates.ts';

/** What the live site says of its build, or why it could not be read. */
export type LiveBuild = { buildDate: Date } | { unknown: string };

export interface PublishDecision {
  publish: boolean;
  /** One line for the run's Summary and log; none for a push or a run by hand. */
  summary: string | undefined;
}

export interface DecisionInput {
  /** The workflow's trigger: `push`, `workflow_dispatch`, `schedule`. */
  event: string;
  /** Today in Melbourne, YYYY-MM-DD. */
  today: string;
  live: LiveBuild;
  /** The first day after a build date on which the site would change (undefined: none). */
  nextChangeAfter: (buildDate: Date) => string | undefined;
}

export function decidePublish({
  event,
  today,
  live,
  nextChangeAfter,
}: DecisionInput): PublishDecision {
  if (event !== 'schedule') return { publish: true, summary: undefined };
  if ('unknown' in live) {
    return {
      publish: true,
      summary: `Publishing: the live site's build date is unknown (${live.unknown}), so the site is built again.`,
    };
  }
  const built = formatIsoDate(melbourneToday(live.buildDate));
  let change: string | undefined;
  try {
    change = nextChangeAfter(live.buildDate);
  } catch (error) {
    // A content mistake: the content check says which, and the build refuses to publish it.
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      publish: true,
      summary: `Publishing: the programme files could not be read (${why}).`,
    };
  }
  if (!change) {
    return {
      publish: false,
      summary: `Nothing changes until the next edit: no date in the programme files changes the live site, built as of ${built}.`,
    };
  }
  if (today >= change) {
    return {
      publish: true,
      summary: `Publishing: the site changes on ${change}, and the live site was built as of ${built}.`,
    };
  }
  return {
    publish: false,
    summary: `Nothing changes until ${change}: the live site, built as of ${built}, stays as it is.`,
  };
}

/** The live site's build date, from its /build.json; why not, when that cannot be read. */
export async function readLiveBuild(siteUrl: string | undefined): Promise<LiveBuild> {
  if (!siteUrl?.trim()) return { unknown: 'no SITE_URL variable names the live site' };
  const url = new URL('/build.json', siteUrl).href;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) return { unknown: `${url} answered ${response.status}` };
    const { buildDate } = (await response.json()) as { buildDate?: unknown };
    if (typeof buildDate !== 'string') return { unknown: `${url} names no buildDate` };
    return { buildDate: buildDateFrom(buildDate) };
  } catch (error) {
    return { unknown: `${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
