// What the local inbox shares with the real service's answers: reading a post as Formspree reads
// it, how it refuses a form or says it is over quota, and its field error codes.
import type { IncomingMessage } from 'node:http';
import type { FieldError } from '../../src/lib/eoi/field-errors.ts';
import { JOINED_BY } from '../../src/lib/eoi/payload.ts';
import { EMAIL_FORMAT_MESSAGE, type EoiValues } from '../../src/lib/eoi/schema.ts';

export const MAX_BODY_BYTES = 64 * 1024;

/** How the service refuses a form it will not take at all: status, code and words. */
export const REFUSALS = {
  'not-found': { status: 404, code: 'FORM_NOT_FOUND', message: 'Form not found' },
  inactive: { status: 403, code: 'INACTIVE', message: 'Form not active' },
  blocked: { status: 403, code: 'BLOCKED', message: 'Form blocked' },
} as const;

/** What the form can be made to do: take submissions, refuse them, or be over its quota. */
export type FormState = 'active' | 'over-quota' | keyof typeof REFUSALS;
export const FORM_STATES: readonly FormState[] = [
  'active',
  'over-quota',
  'not-found',
  'inactive',
  'blocked',
];
export const isFormState = (state: string): state is FormState =>
  FORM_STATES.includes(state as FormState);

/** The free plan's answer over its monthly quota, as the service has given it: a 200 with an error. */
export const OVER_QUOTA = { status: 200, message: 'form over quota' };

/** An error that says which HTTP status it answers with. */
export const httpError = (message: string, status: number) =>
  Object.assign(new Error(message), { status });
export const statusOf = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  typeof error.status === 'number'
    ? error.status
    : undefined;
export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

export const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Formspree-Client, Formspree-Session-Data',
  'Access-Control-Max-Age': '600',
};

/** Reads the request body, refusing one larger than the form could send. */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw httpError('Too large', 413);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The posted fields as [name, value] entries, from JSON, URL-encoded or multipart bodies. */
export async function postedEntries(
  request: IncomingMessage,
  body: Buffer,
): Promise<[string, unknown][]> {
  const type = request.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    const data: unknown = JSON.parse(body.toString('utf8') || '{}');
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw new Error('Not an object');
    return Object.entries(data);
  }
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': type },
    }).formData();
    return [...form.entries()];
  }
  throw httpError('Unsupported content type', 415);
}

/**
 * The posted fields as the service keeps them: its own `_` fields left out, a name posted more
 * than once (a box per CoP without JavaScript) as one value joined with ", ".
 */
export function recordedFields(entries: [string, unknown][]): Record<string, string> {
  const fields = new Map<string, string>();
  for (const [name, value] of entries) {
    if (name.startsWith('_')) continue;
    const text = [value].flat().map(String).join(JOINED_BY);
    const earlier = fields.get(name);
    fields.set(name, earlier === undefined ? text : `${earlier}${JOINED_BY}${text}`);
  }
  return Object.fromEntries(fields);
}

/** A field error as Formspree answers it. */
export interface ServiceError {
  field: string;
  code: string;
  message: string;
}

/** Formspree's error codes, for what our schema found. */
export function serviceError(error: FieldError, values: EoiValues): ServiceError {
  const value = values[error.field];
  const empty = Array.isArray(value) ? value.length === 0 : value === '';
  const code =
    error.message === EMAIL_FORMAT_MESSAGE
      ? 'TYPE_EMAIL'
      : empty
        ? 'REQUIRED_FIELD_EMPTY'
        : 'TYPE_TEXT';
  return { field: error.field, code, message: error.message };
}
