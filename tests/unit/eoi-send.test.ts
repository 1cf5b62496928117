import { createClient } from '@formspree/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SEND_PROBLEMS } from '../../src/lib/eoi/outcome.ts';
import { sendEoi } from '../../src/lib/eoi/send.ts';
import { questions } from '../fixtures/eoi-applicant.ts';

const origin = 'http://127.0.0.1:4201';
const payload = { email: 'aroha@example.org', cops: ['resistance'], reference: 'EOI-7K3F-2Q' };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

/** The page's fetch answers with `answer`; each call is recorded. */
function serviceAnswers(answer: (init: RequestInit | undefined) => Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return answer(init);
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

const send = (timeoutMs?: number) =>
  sendEoi({
    client: createClient(),
    formId: 'local',
    origin,
    payload,
    questions,
    ...(timeoutMs ? { timeoutMs } : {}),
  });

test('a sent form posts JSON to the service with Formspree’s headers, then puts fetch back', async () => {
  const { calls, fetch } = serviceAnswers(async () => json({ ok: true, next: '/thanks' }));
  expect(await send()).toEqual({ kind: 'sent' });
  expect(calls).toHaveLength(1);
  expect(calls[0]?.url).toBe('http://127.0.0.1:4201/f/local');
  const headers = calls[0]?.init?.headers as Record<string, string>;
  expect(headers['Accept']).toBe('application/json');
  expect(headers['Formspree-Client']).toMatch(/@formspree\/core/);
  expect(JSON.parse(String(calls[0]?.init?.body))).toEqual(payload);
  expect(globalThis.fetch).toBe(fetch);
});

test('a 422 puts the service’s errors on the questions', async () => {
  serviceAnswers(async () =>
    json({ errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }] }, 422),
  );
  expect(await send()).toEqual({
    kind: 'invalid',
    errors: [
      {
        field: 'email',
        message: 'Enter an email address in the correct format, like name@example.com',
      },
    ],
    messages: [],
  });
});

const html = (status: number) =>
  new Response('<h1>Not here</h1>', { status, headers: { 'Content-Type': 'text/html' } });
const refusal = (status: number, code: string, message: string) =>
  json({ error: message, errors: [{ code, message }] }, status);

describe.each([
  ['too many submissions (429)', () => json({ error: 'Too many requests' }, 429), 'rate-limited'],
  ['a server error (5xx)', () => html(502), 'server-error'],
  ['an answer that is not JSON', () => html(200), 'unreadable'],
  ['a success status with neither `next` nor an error', () => json({ ok: true }), 'unreadable'],
  ['no network', () => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
] as const)('%s', (_, answer, kind) => {
  test(`is told as "${kind}", saying to send it again`, async () => {
    serviceAnswers(async () => answer());
    expect(await send()).toEqual({ kind });
    expect(SEND_PROBLEMS[kind]).toMatch(/again\.$/);
  });
});

describe.each([
  ['an unknown form (404 FORM_NOT_FOUND)', () => refusal(404, 'FORM_NOT_FOUND', 'Form not found')],
  ['a deactivated form (403 INACTIVE)', () => refusal(403, 'INACTIVE', 'Form not active')],
  ['a blocked form (403 BLOCKED)', () => refusal(403, 'BLOCKED', 'Form blocked')],
  ['an unknown project (PROJECT_NOT_FOUND)', () => refusal(404, 'PROJECT_NOT_FOUND', 'No project')],
  ['a refusal code with a success status', () => refusal(200, 'INACTIVE', 'Form not active')],
  ['a 403 with only an error', () => json({ error: 'Form not active' }, 403)],
  ['a 400 with no body it can read', () => html(400)],
])('%s', (_, answer) => {
  test('is refused for good: no "send again"', async () => {
    serviceAnswers(async () => answer());
    const outcome = await send();
    expect(outcome.kind).toBe('refused');
    expect(SEND_PROBLEMS.refused).toContain('Sending it again will not help');
  });
});

describe.each([
  ['a success status with only an error', () => json({ error: 'form over quota' })],
  ['a success status with any other lone error', () => json({ error: 'Something else' })],
  [
    'a 429 with a quota code',
    () => json({ errors: [{ code: 'OVER_QUOTA', message: 'Try later' }] }, 429),
  ],
  ['a 403 saying so', () => json({ error: 'This form is over its monthly quota' }, 403)],
])('over quota as %s', (_, answer) => {
  test('is never taken for sent', async () => {
    serviceAnswers(async () => answer());
    expect(await send()).toEqual({ kind: 'over-quota' });
    expect(SEND_PROBLEMS['over-quota']).toContain('cannot take any more');
  });
});

test('a refusal passes on the service’s words, for the applicant to quote', async () => {
  serviceAnswers(async () => refusal(404, 'FORM_NOT_FOUND', 'Form not found'));
  expect(await send()).toEqual({ kind: 'refused', messages: ['Form not found'] });
});

test('no answer within the time limit gives up, cancelling the request', async () => {
  let signal: AbortSignal | undefined;
  serviceAnswers(
    (init) =>
      new Promise((_, reject) => {
        signal = init?.signal ?? undefined;
        signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
  );
  expect(await send(30)).toEqual({ kind: 'timeout' });
  expect(signal?.aborted).toBe(true);
});

test('other requests made while sending are left alone', async () => {
  const seen: (AbortSignal | null | undefined)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init?.signal);
      if (!String(input).startsWith(origin)) return new Response('');
      return json({ ok: true, next: '/thanks' });
    }),
  );
  const sending = send();
  await globalThis.fetch('/pagefind/pagefind.js');
  await sending;
  expect(seen[0]).toBeInstanceOf(AbortSignal);
  expect(seen[1]).toBeUndefined();
});
