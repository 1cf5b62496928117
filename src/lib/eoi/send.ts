/** Sends an expression of interest with Formspree's core client and says what happened. */
import type { SubmissionResult } from '@formspree/core';
import { getDefaultClient } from '@formspree/core/dist/index.mjs';
import { errorsFromService, type FieldError } from './field-errors.ts';

/** How long the applicant waits before being told the service did not answer. */
export const SEND_TIMEOUT_MS = 15_000;

export type SendOutcome =
  | { kind: 'sent' }
  /** The service rejected answers (422): errors on questions, and any it could not place. */
  | { kind: 'invalid'; errors: FieldError[]; messages: string[] }
  | { kind: 'rate-limited' }
  | { kind: 'server-error' }
  | { kind: 'unreadable' }
  | { kind: 'offline' }
  | { kind: 'timeout' }
  /** The service refused the form itself (not found, inactive): its words, if any. */
  | { kind: 'refused'; messages: string[] };

export type SendProblem = Exclude<SendOutcome['kind'], 'sent' | 'invalid'>;

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
  refused: 'The form service did not accept the form. Wait a few minutes, then send it again.',
};

/** What was seen of the one request the client made. */
export interface Exchange {
  status?: number | undefined;
  contentType?: string | null | undefined;
  timedOut: boolean;
}

/** Turns the client's result and the observed response into one outcome. */
export function classifyResult(result: SubmissionResult, exchange: Exchange): SendOutcome {
  if (result.kind === 'success') return { kind: 'sent' };
  if (exchange.timedOut) return { kind: 'timeout' };
  const { status, contentType } = exchange;
  if (status === undefined) return { kind: 'offline' };
  if (status === 429) return { kind: 'rate-limited' };
  if (status >= 500) return { kind: 'server-error' };
  if (!contentType?.includes('json')) return { kind: 'unreadable' };
  const mapped = errorsFromService(result.getAllFieldErrors());
  const formMessages = result.getFormErrors().map((error) => error.message);
  if (mapped.errors.length > 0) {
    return {
      kind: 'invalid',
      errors: mapped.errors,
      messages: [...mapped.messages, ...formMessages],
    };
  }
  if (status >= 400) return { kind: 'refused', messages: [...mapped.messages, ...formMessages] };
  return { kind: 'unreadable' };
}

export interface SendOptions {
  formId: string;
  /** The service's origin: Formspree's or the local inbox's. */
  origin: string;
  payload: Record<string, string | string[]>;
  timeoutMs?: number;
}

/**
 * Sends with `submitForm`. The core client takes no AbortSignal and hides the HTTP status,
 * so for this one call the fetch it makes to the service is given a signal and watched.
 */
export async function sendEoi(options: SendOptions): Promise<SendOutcome> {
  const { origin, timeoutMs = SEND_TIMEOUT_MS } = options;
  const controller = new AbortController();
  const exchange: Exchange = { timedOut: false };
  const pageFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(origin)) return pageFetch(input, init);
    const response = await pageFetch(input, { ...init, signal: controller.signal });
    exchange.status = response.status;
    exchange.contentType = response.headers.get('content-type');
    return response;
  };
  const timer = setTimeout(() => {
    exchange.timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const result = await getDefaultClient().submitForm(options.formId, options.payload, {
      endpoint: origin,
    });
    return classifyResult(result, exchange);
  } finally {
    clearTimeout(timer);
    globalThis.fetch = pageFetch;
  }
}
