import type { APIRoute, GetStaticPaths } from 'astro';
import { intakeCalendar } from '../../lib/calendar.ts';
import { buildDate, getProgramme, getSite } from '../../data/content.ts';

export const getStaticPaths = (async () => {
  const programme = await getProgramme();
  // Only the calendars pages link to: an intake known by months alone, or past, has none.
  return programme.intakes
    .filter((intake) => intake.calendarUrl)
    .map((intake) => ({
      params: { intake: `${programme.id}-${intake.id}` },
      props: { intakeId: intake.id },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const programme = await getProgramme();
  const intake = programme.intakes.find((candidate) => candidate.id === props['intakeId']);
  if (!intake) return new Response('Not found', { status: 404 });
  const body = intakeCalendar({
    programme,
    intake,
    organisation: (await getSite()).organisation,
    url: new URL('/', site ?? url).href,
    now: buildDate,
  });
  return new Response(body, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
