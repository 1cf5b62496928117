// The local form inbox: answers like Formspree, so the form works with no account anywhere.
// POST /f/<id> takes JSON or form data for the one form id it knows, checks it with the site's
// own schema (made from the questions the built form asked) and appends each accepted submission, as the service records it, as one JSON line to
// .inbox/submissions.jsonl; GET / lists them. INBOX_FORM_STATE makes the form answer as a
// refused or over-quota form does (see ../shared/research/formspree.md and docs/development.md).
// Node 24 runs it, and the TypeScript schema it imports, as they are (type stripping).
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorsFromIssues } from '../src/lib/eoi/field-errors.ts';
import {
  HONEYPOT_FIELD,
  NEXT_FIELD,
  SUBJECT_FIELD,
  splitJoined,
  valuesFromEntries,
} from '../src/lib/eoi/payload.ts';
import type { EoiQuestions } from '../src/lib/eoi/questions.ts';
import { REFERENCE_PATTERN } from '../src/lib/eoi/reference.ts';
import { LOCAL_INBOX } from '../src/lib/eoi/service.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { createEoiSchema } from '../src/lib/eoi/schema.ts';
import {
  CORS_HEADERS,
  FORM_STATES,
  isFormState,
  messageOf,
  OVER_QUOTA,
  postedEntries,
  readBody,
  recordedFields,
  REFUSALS,
  serviceError,
  type ServiceError,
  statusOf,
  type FormState,
} from './lib/formspree-answers.ts';
import { page, submissionsTable } from './lib/inbox-pages.ts';

export { FORM_STATES, type FormState };

/** Where the build writes the questions the form asked (src/pages/apply/questions.json.ts). */
export const QUESTIONS_FILE = 'dist/apply/questions.json';

type Log = (message: string) => void;

/**
 * The questions the built form asked (dist/apply/questions.json), read each time so a rebuild
 * counts; none before any build (as beside `astro dev`), when submissions are kept unchecked.
 */
async function askedQuestions(questionsFile: string, log: Log): Promise<EoiQuestions | undefined> {
  try {
    return JSON.parse(await readFile(questionsFile, 'utf8'));
  } catch {
    log(`No ${questionsFile}: keeping submissions unchecked until the site is built.`);
    return undefined;
  }
}

/**
 * Starts the inbox (port 0 picks a free one); resolves with its address and the file it writes to.
 * `questionsFile` is the built form's questions; `dir` is where submissions go. Only `formId` is a
 * form; `formState` says how it answers. `testForms` (for the end-to-end tests only) adds a form
 * named after each state, answering as that state does: /f/inactive, /f/over-quota, ...
 */
export async function startInbox({
  port = LOCAL_INBOX.port,
  host = '127.0.0.1',
  dir = '.inbox',
  questionsFile = QUESTIONS_FILE,
  formId = LOCAL_INBOX.formId,
  formState = 'active',
  testForms = false,
  log = console.log,
}: {
  port?: number;
  host?: string;
  dir?: string;
  questionsFile?: string;
  formId?: string;
  /** One of FORM_STATES; anything else stops the inbox, naming them. */
  formState?: string;
  testForms?: boolean;
  log?: Log;
} = {}): Promise<{ server: Server; origin: string; url: string; file: string }> {
  if (!isFormState(formState)) {
    throw new Error(`INBOX_FORM_STATE is "${formState}": use one of ${FORM_STATES.join(', ')}.`);
  }
  const forms = new Map<string, FormState>(
    testForms ? FORM_STATES.map((state): [string, FormState] => [state, state]) : [],
  );
  forms.set(formId, formState);
  const file = resolve(dir, 'submissions.jsonl');
  const questionsPath = resolve(questionsFile);
  // One write at a time, so concurrent submissions never interleave within a line.
  let writing: Promise<unknown> = mkdir(resolve(dir), { recursive: true });
  const append = (line: string) => {
    const written = writing.then(() => appendFile(file, line));
    writing = written.catch(() => {});
    return written;
  };

  async function receive(request: IncomingMessage, response: ServerResponse, id: string) {
    const origin = request.headers.origin;
    const cors = { ...CORS_HEADERS, 'Access-Control-Allow-Origin': origin ?? '*', Vary: 'Origin' };
    const wantsJson = (request.headers.accept ?? '').includes('application/json');
    const answer = (status: number, json: Record<string, unknown>, html = '') => {
      if (wantsJson) {
        response.writeHead(status, { ...cors, 'Content-Type': 'application/json' });
        response.end(JSON.stringify(json));
      } else {
        response.writeHead(status, { ...cors, 'Content-Type': 'text/html; charset=utf-8' });
        response.end(page(typeof json['error'] === 'string' ? json['error'] : 'Form inbox', html));
      }
    };

    const state = forms.get(id) ?? 'not-found';
    if (state === 'over-quota') {
      const { status, message } = OVER_QUOTA;
      answer(status, { error: message }, '<h1>This form is over its monthly quota</h1>');
      return;
    }
    if (state !== 'active') {
      const { status, code, message } = REFUSALS[state];
      answer(status, { error: message, errors: [{ code, message }] }, `<h1>${message}</h1>`);
      return;
    }

    let entries;
    try {
      entries = await postedEntries(request, await readBody(request));
    } catch (error) {
      const status = statusOf(error) ?? 400;
      const message =
        status === 413 ? 'The submission is too large.' : 'The submission could not be read.';
      answer(status, { error: message }, `<h1>${message}</h1>`);
      return;
    }
    const meta = Object.fromEntries(entries.filter(([name]) => name.startsWith('_')));
    const reference = entries.find(([name]) => name === 'reference')?.[1];
    const next = typeof meta[NEXT_FIELD] === 'string' ? meta[NEXT_FIELD] : '/thanks';
    const thank = () =>
      wantsJson
        ? answer(200, { ok: true, next })
        : response.writeHead(303, { ...cors, Location: next }).end();

    // As the service does, a filled honeypot is thanked before anything is checked, and dropped.
    if (meta[HONEYPOT_FIELD]) {
      log(`Discarded a submission with the honeypot filled in (form ${id}).`);
      thank();
      return;
    }

    const asked = (await askedQuestions(questionsPath, log))?.questions;
    const values = asked ? valuesFromEntries(splitJoined(entries, asked), asked) : {};
    const result = asked ? createEoiSchema(asked).safeParse(values) : undefined;
    const errors: ServiceError[] =
      !asked || !result || result.success
        ? []
        : errorsFromIssues(result.error.issues, asked).map((error) => serviceError(error, values));
    if (reference !== undefined && !REFERENCE_PATTERN.test(String(reference))) {
      errors.push({
        field: 'reference',
        code: 'TYPE_TEXT',
        message: 'The reference must look like EOI-7K3F-2Q',
      });
    }
    if (errors.length > 0) {
      const list = errors.map((error) => `<li>${escapeHtml(error.message)}</li>`).join('');
      answer(
        422,
        { errors },
        `<h1>There is a problem</h1><ul>${list}</ul><p>Use your browser's Back button to correct your answers: they are still there.</p>`,
      );
      return;
    }

    const record: Record<string, unknown> = {
      ...recordedFields(entries),
      receivedAt: new Date().toISOString(),
      form: id,
      subject: meta[SUBJECT_FIELD] ?? null,
      // Kept so the tests can check what the client told the service (base64 JSON: loadedAt).
      sessionData: request.headers['formspree-session-data'] ?? null,
    };
    try {
      await append(`${JSON.stringify(record)}\n`);
    } catch (error) {
      log(`Could not save a submission: ${messageOf(error)}`);
      answer(
        500,
        { error: 'The inbox could not save the submission.' },
        '<h1>The inbox could not save the submission.</h1>',
      );
      return;
    }
    log(`Received ${record['reference'] ?? 'a submission without a reference'} (form ${id}).`);
    thank();
  }

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const formPath = /^\/f\/([\w-]+)\/?$/.exec(pathname);
    try {
      if (request.method === 'OPTIONS' && formPath) {
        response.writeHead(204, {
          ...CORS_HEADERS,
          'Access-Control-Allow-Origin': request.headers.origin ?? '*',
          Vary: 'Origin',
        });
        response.end();
      } else if (request.method === 'POST' && formPath) {
        await receive(request, response, formPath[1] ?? '');
      } else if (request.method === 'GET' && pathname === '/') {
        const text = await readFile(file, 'utf8').catch(() => '');
        const lines = text.split('\n').filter(Boolean);
        const asked = await askedQuestions(questionsPath, log);
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(submissionsTable(lines, asked?.questions));
      } else if (request.method === 'GET' && pathname === '/thanks') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(
          page('Thank you', '<h1>Thank you</h1><p>The local inbox received your submission.</p>'),
        );
      } else {
        response.writeHead(404, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: 'Not found' }));
      }
    } catch (error) {
      log(`Inbox error: ${messageOf(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: 'The inbox failed.' }));
    }
  });

  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      const address = server.address();
      const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      resolveStart({ server, origin, url: `${origin}/`, file });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const formState = process.env['INBOX_FORM_STATE'] || 'active';
  const { url, file } = await startInbox({
    port: Number(process.env['INBOX_PORT'] ?? LOCAL_INBOX.port),
    dir: process.env['INBOX_DIR'] ?? '.inbox',
    formId: process.env['INBOX_FORM_ID'] || LOCAL_INBOX.formId,
    formState,
    testForms: process.env['INBOX_TEST_FORMS'] === '1',
  });
  console.log(
    `The local form inbox is at ${url} (submissions in ${relative(process.cwd(), file)})` +
      (formState === 'active' ? '' : `; the form answers as ${formState}`),
  );
}
