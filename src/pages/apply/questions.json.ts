/** The form's questions as JSON, so the local inbox checks answers against what the form asked. */
import type { APIRoute } from 'astro';
import { getEoiQuestions } from '../../data/eoi-questions.ts';

export const GET: APIRoute = async () => Response.json(await getEoiQuestions());
