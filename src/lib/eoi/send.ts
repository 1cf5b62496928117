/** Sends an expression of interest with Formspree's core client and says what happened. */
import type { Client } from '@formspree/core';
import { getDefaultClient } from '@formspree/core/dist/index.mjs';
import { classifyResult, type Exchange, type SendOutcome } from './outcome.ts';
import type { Question } from './questions.ts';

/** How long the applicant waits before being told the service did not answer. */
export const SEND_TIMEOUT_MS = 15_000;

/**
 * The client, made on the first call. Call it when the form becomes usable: its session data
 * (`Formspree-Session-Data.loadedAt`) says when that was, and Formspree's spam scoring reads it.
 */
export const formClient = (): Client => getDefaultClient();

export interface SendOptions {
  /** The client made when the form became usable (`formClient()`). */
  client: Client;
  formId: string;
  /** The service's origin: Formspree's or the local inbox's. */
  origin: string;
  payload: Record<string, string | string[]>;
  /** The form's questions, to place the service's errors on them. */
  questions: readonly Question[];
  timeoutMs?: number;
}

/**
 * Sends with `submitForm`. The core client takes no AbortSignal and hides the HTTP status and
 * unknown error codes, so for this one call the fetch it makes to the service is given a signal
 * and watched: its status, and a copy of its JSON body.
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
    if (exchange.contentType?.includes('json')) {
      exchange.body = await response
        .clone()
        .json()
        .catch(() => undefined);
    }
    return response;
  };
  const timer = setTimeout(() => {
    exchange.timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const result = await options.client.submitForm(options.formId, options.payload, {
      endpoint: origin,
    });
    return classifyResult(result, exchange, options.questions);
  } finally {
    clearTimeout(timer);
    globalThis.fetch = pageFetch;
  }
}
