import type { APIRoute } from 'astro';
import { buildDate } from '../data/content.ts';

/** The instant the pages were built as of: the same `buildDate` they read, so never a day apart. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ buildDate: buildDate.toISOString() })}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
