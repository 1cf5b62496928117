import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startInbox } from '../../scripts/inbox.ts';
import { complete, form } from '../fixtures/eoi-applicant.ts';

let dir: string;
let inbox: Awaited<ReturnType<typeof startInbox>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inbox-'));
  const questionsFile = join(dir, 'questions.json');
  await writeFile(questionsFile, JSON.stringify(form));
  inbox = await startInbox({
    port: 0,
    dir: join(dir, 'inbox'),
    questionsFile,
    testForms: true,
    log: () => {},
  });
});

afterAll(async () => {
  inbox.server.close();
  await rm(dir, { recursive: true, force: true });
});

const records = async () =>
  (await readFile(inbox.file, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

const postJson = (body: unknown, formId = 'local') =>
  fetch(`${inbox.origin}/f/${formId}`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const cops =
  'Mid to senior community of practice, Resistance in Primary Prevention and Gender Equality CoP';

test('a JSON submission is accepted as Formspree accepts it, and kept as it was sent', async () => {
  const sent = {
    ...complete,
    cops,
    privacy: 'yes',
    reference: 'EOI-ABCD-EF',
    _subject: 'Hi',
    _gotcha: '',
  };
  const response = await postJson(sent);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true, next: '/thanks' });
  const saved = (await records()).find((record) => record.reference === 'EOI-ABCD-EF');
  expect(saved).toMatchObject({ ...complete, cops, privacy: 'yes', form: 'local', subject: 'Hi' });
  expect(saved).not.toHaveProperty('_gotcha');
});

test.each([
  ['another form id', 'someone-elses-form', 404, 'FORM_NOT_FOUND'],
  ['a deactivated form', 'inactive', 403, 'INACTIVE'],
  ['a blocked form', 'blocked', 403, 'BLOCKED'],
])('%s is refused with Formspree’s code, and nothing is kept', async (_, id, status, code) => {
  const response = await postJson({ ...complete, givenName: `Refused ${id}` }, id);
  expect(response.status).toBe(status);
  expect((await response.json()).errors).toEqual([{ code, message: expect.any(String) }]);
  expect((await records()).some((record) => record.givenName === `Refused ${id}`)).toBe(false);
});

test('a form over its quota answers as the free plan has: a 200 with only an error', async () => {
  const response = await postJson({ ...complete, givenName: 'Over quota' }, 'over-quota');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ error: 'form over quota' });
  expect((await records()).some((record) => record.givenName === 'Over quota')).toBe(false);
});

test('a form state the inbox does not know stops it from starting, naming the ones it does', async () => {
  await expect(startInbox({ port: 0, dir, formState: 'closed' })).rejects.toThrow(
    'use one of active, over-quota, not-found, inactive, blocked',
  );
});

test('a JSON submission with mistakes gets a 422 naming each field, in Formspree’s shape', async () => {
  const response = await postJson({ ...complete, email: 'aroha', givenName: '' });
  expect(response.status).toBe(422);
  expect(await response.json()).toEqual({
    errors: [
      { field: 'givenName', code: 'REQUIRED_FIELD_EMPTY', message: 'Enter your given name' },
      {
        field: 'email',
        code: 'TYPE_EMAIL',
        message: 'Enter an email address in the correct format, like name@example.com',
      },
    ],
  });
});

test('a question of the staff’s own is checked by the form’s rules, under its id', async () => {
  const response = await postJson({ ...complete, 'proud-project': 'x'.repeat(301) });
  expect(response.status).toBe(422);
  expect(await response.json()).toEqual({
    errors: [
      {
        field: 'proud-project',
        code: 'TYPE_TEXT',
        message: 'A project you are proud of must be 300 characters or fewer',
      },
    ],
  });
});

test('a CoP the built form did not offer is refused', async () => {
  const response = await postJson({ ...complete, cops: ['invented'] });
  expect(response.status).toBe(422);
});

test('a plain HTML post is sent on to _next with a 303, its ticked boxes kept as one list', async () => {
  const form = new URLSearchParams({
    ...complete,
    cops: 'Mid to senior community of practice',
  });
  form.append('cops', 'Resistance in Primary Prevention and Gender Equality CoP');
  form.set('_next', 'http://127.0.0.1:4200/apply/thanks/');
  form.set('givenName', 'Plain HTML');
  const response = await fetch(`${inbox.origin}/f/local`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('http://127.0.0.1:4200/apply/thanks/');
  const saved = (await records()).find((record) => record.givenName === 'Plain HTML');
  expect(saved?.cops).toBe(cops);
});

test('a plain HTML post with mistakes gets a page listing them', async () => {
  const response = await fetch(`${inbox.origin}/f/local`, {
    method: 'POST',
    body: new URLSearchParams({ givenName: 'Only a name' }),
  });
  expect(response.status).toBe(422);
  const html = await response.text();
  expect(html).toContain('There is a problem');
  expect(html).toContain('Enter your family name');
});

test('the browser’s CORS preflight for Formspree’s headers is answered', async () => {
  const response = await fetch(`${inbox.origin}/f/local`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://127.0.0.1:4200',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type,formspree-client,formspree-session-data',
    },
  });
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4200');
  const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
  for (const header of ['content-type', 'formspree-client', 'formspree-session-data']) {
    expect(allowed).toContain(header);
  }
});

test('a submission with the honeypot filled in is thanked before it is checked, and not kept', async () => {
  const response = await postJson({ givenName: 'Spam bot', _gotcha: 'http://spam' });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true, next: '/thanks' });
  expect((await records()).some((record) => record.givenName === 'Spam bot')).toBe(false);
});

test('the inbox page lists submissions, a column per question, with what people typed shown as text', async () => {
  await postJson({ ...complete, givenName: '<script>alert(1)</script>' });
  const html = await (await fetch(`${inbox.origin}/`)).text();
  expect(html).toContain('<table>');
  expect(html).toContain('<th scope="col">A project you are proud of</th>');
  expect(html).toContain('<td>A respectful relationships project with three schools.</td>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toContain('<script>alert(1)');
});

test('200 submissions at once leave 200 whole lines, none lost', async () => {
  const before = (await records()).length;
  const responses = await Promise.all(
    Array.from({ length: 200 }, (_, index) =>
      postJson({ ...complete, givenName: `Concurrent ${index}`, hopes: 'x'.repeat(900) }),
    ),
  );
  expect(responses.every((response) => response.status === 200)).toBe(true);
  const text = await readFile(inbox.file, 'utf8');
  const lines = text.split('\n').filter(Boolean);
  expect(lines).toHaveLength(before + 200);
  const names = new Set(lines.map((line) => JSON.parse(line).givenName));
  for (let index = 0; index < 200; index += 1) expect(names.has(`Concurrent ${index}`)).toBe(true);
});
