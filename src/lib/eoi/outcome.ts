/**
 * What became of a send, read from the client's result and the response it came from, and what
 * to tell the applicant. See ../shared/research/formspree.md for what the real service answers.
 */
import type { SubmissionResult } from '@formspree/core';
import { errorsFromService, type FieldError } from './field-errors.ts';
import type { Question } from './questions.ts';

export type SendOutcome =
  | { kind: 'sent' }
  /** The service rejected answers (422): errors on questions, and any it could not place. */
  | { kind: 'invalid'; errors: FieldError[]; messages: string[] }
  | { kind: 'rate-limited' }
  | { kind: 'server-error' }
  | { kind: 'unreadable' }
  | { kind: 'offline' }
  | { kind: 'timeout' }
  /** The service will not take this form at all (unknown, inactive, blocked): retrying cannot help. */
  | { kind: 'refused'; messages: string[] }
  /** The form has had every submission its plan allows for now. */
  | { kind: 'over-quota' };

export type SendProblem = Exclude<SendOutcome['kind'], 'sent' | 'invalid'>;

/** Problems that sending again cannot fix: the applicant needs another way to reach the team. */
export type NotTakenKind = Extract<SendProblem, 'refused' | 'over-quota'>;
export const isNotTaken = (kind: SendOutcome['kind']): kind is NotTakenKind =>
  kind === 'refused' || kind === 'over-quota';

/** What to tell the applicant for each failure; every one keeps what they typed. */
export const SEND_PROBLEMS: Record<SendProblem, string> = {
  'rate-limited':
    'Too many forms have been sent from your connection recently. Wait a minute, then send it again.',
  'server-error':
    'The form service is not working at the moment. Wait a few minutes, then send it again.',
  unreadable:
    'The form service gave an answer we could not read, so your expression of interest may not have arrived. Send it again.',
  offline:
    'Your expression of interest could not be sent because there is no internet connection. Check your connection, then send it again.',
  timeout:
    'The form service did not answer within 15 seconds, so your expression of interest may not have arrived. Send it again.',
  refused:
    'This form is not taking expressions of interest at the moment. Sending it again will not help.',
  'over-quota': 'This form cannot take any more expressions of interest right now.',
};

/** What to do when the site gives no way to reach the team of `organisation` (content/site.yaml). */
export const noContact = (organisation: string) =>
  `Keep a copy of your answers, and tell ${organisation}’s programme team you are interested when you next contact them.`;

/** What was seen of the one request the client made. */
export interface Exchange {
  status?: number | undefined;
  contentType?: string | null | undefined;
  /** The JSON body as the service sent it: the client keeps messages but not unknown codes. */
  body?: unknown;
  timedOut: boolean;
}

/** Formspree's codes for a form it will not take at all (formspree-core's FormErrorCodeEnum). */
export const PERMANENT_CODES = ['FORM_NOT_FOUND', 'INACTIVE', 'BLOCKED', 'PROJECT_NOT_FOUND'];

/** A quota answer names it somewhere: "form over quota", a code like OVER_QUOTA. */
const QUOTA = /quota|submission limit/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The codes and words of the errors in the service's JSON body. */
function errorsInBody(body: unknown): { codes: string[]; words: string[] } {
  if (!isRecord(body)) return { codes: [], words: [] };
  const listed = Array.isArray(body['errors']) ? body['errors'].filter(isRecord) : [];
  const text = (value: unknown) => (typeof value === 'string' ? [value] : []);
  return {
    codes: listed.flatMap((error) => text(error['code'])),
    words: [...text(body['error']), ...listed.flatMap((error) => text(error['message']))],
  };
}

/**
 * Turns the client's result and the observed response into one outcome. Quota is recognised
 * by its words at any status (a 2xx, a 429 or a 403 has been seen); other 4xx without errors on
 * the questions are permanent refusals; a 2xx whose body holds only an error is never "sent".
 */
export function classifyResult(
  result: SubmissionResult,
  exchange: Exchange,
  questions: readonly Question[],
): SendOutcome {
  if (result.kind === 'success') return { kind: 'sent' };
  if (exchange.timedOut) return { kind: 'timeout' };
  const { status, contentType, body } = exchange;
  if (status === undefined) return { kind: 'offline' };
  const { codes, words } = errorsInBody(body);
  if ([...codes, ...words].some((text) => QUOTA.test(text))) return { kind: 'over-quota' };
  if (status === 429) return { kind: 'rate-limited' };
  if (status >= 500) return { kind: 'server-error' };
  const mapped = errorsFromService(result.getAllFieldErrors(), questions);
  const messages = [...mapped.messages, ...result.getFormErrors().map((error) => error.message)];
  if (mapped.errors.length > 0) return { kind: 'invalid', errors: mapped.errors, messages };
  if (status >= 400 || codes.some((code) => PERMANENT_CODES.includes(code))) {
    return { kind: 'refused', messages: contentType?.includes('json') ? messages : [] };
  }
  // A success status with an error and no `next`: how the free plan has answered over quota.
  if (words.length > 0) return { kind: 'over-quota' };
  return { kind: 'unreadable' };
}
