import { afterEach, describe, expect, test, vi } from 'vitest';
import { sendEoi, SEND_PROBLEMS } from '../../src/lib/eoi/send';

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
  sendEoi({ formId: 'local', origin, payload, ...(timeoutMs ? { timeoutMs } : {}) });

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

describe.each([
  [
    'too many submissions (429)',
    async () => json({ error: 'Too many requests' }, 429),
    'rate-limited',
  ],
  [
    'a server error (5xx)',
    async () => new Response('<h1>Bad gateway</h1>', { status: 502 }),
    'server-error',
  ],
  [
    'an answer that is not JSON',
    async () =>
      new Response('<html>Thanks!</html>', {
        status: 200,
        headers: { 'Content-Type': 'text/html' },
      }),
    'unreadable',
  ],
  ['no network', async () => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
] as const)('%s', (_, answer, kind) => {
  test(`is told as "${kind}", with what to do next`, async () => {
    serviceAnswers(answer);
    expect(await send()).toEqual({ kind });
    expect(SEND_PROBLEMS[kind]).toMatch(/again/);
  });
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

test('a form the service refuses (not found) passes on its words', async () => {
  serviceAnswers(async () => json({ error: 'Form not found' }, 404));
  expect(await send()).toEqual({ kind: 'refused', messages: ['Form not found'] });
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
