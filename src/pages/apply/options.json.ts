/** The form's options as JSON, so the local inbox checks answers against what the form offered. */
import type { APIRoute } from 'astro';
import { getEoiOptions } from '../../data/eoi-options';

export const GET: APIRoute = async () => Response.json(await getEoiOptions());
