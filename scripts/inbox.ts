// The local form inbox: answers like Formspree, so the form works with no account anywhere.
// POST /f/<id> takes JSON or form data for the one form id it knows, checks it with the site's
// own schema and appends each accepted submission, as the service records it, as one JSON line to
// .inbox/submissions.jsonl; GET / lists them. INBOX_FORM_STATE makes the form answer as a
// refused or over-quota form does (see ../shared/research/formspree.md and README.md).
// Node 24 runs it, and the TypeScript schema it imports, as they are (type stripping).
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorsFromIssues, type FieldError } from '../src/lib/eoi/field-errors.ts';
import {
  HONEYPOT_FIELD,
  JOINED_BY,
  NEXT_FIELD,
  SUBJECT_FIELD,
  valuesFromEntries,
} from '../src/lib/eoi/payload.ts';
import { REFERENCE_PATTERN } from '../src/lib/eoi/reference.ts';
import { LOCAL_INBOX } from '../src/lib/eoi/service.ts';
import { escapeHtml } from '../src/lib/html.ts';
import {
  createEoiSchema,
  EMAIL_FORMAT_MESSAGE,
  EOI_FIELDS,
  EOI_LABELS,
  eoiOptions,
  type EoiOptions,
  type EoiValues,
} from '../src/lib/eoi/schema.ts';

const MAX_BODY_BYTES = 64 * 1024;
type Log = (message: string) => void;

/** How the service refuses a form it will not take at all: status, code and words. */
const REFUSALS = {
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
const isFormState = (state: string): state is FormState => FORM_STATES.includes(state as FormState);

/** The free plan's answer over its monthly quota, as the service has given it: a 200 with an error. */
const OVER_QUOTA = { status: 200, message: 'form over quota' };

/** An error that says which HTTP status it answers with. */
const httpError = (message: string, status: number) =>
  Object.assign(new Error(message), { status });
const statusOf = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  typeof error.status === 'number'
    ? error.status
    : undefined;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Formspree-Client, Formspree-Session-Data',
  'Access-Control-Max-Age': '600',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}th,td{border:1px solid #aaa;padding:.3rem .5rem;text-align:left;vertical-align:top;white-space:pre-line}th{background:#eee}.scroll{overflow-x:auto}</style></head><body>${body}</body></html>`;
}

/** Reads the request body, refusing one larger than the form could send. */
async function readBody(request: IncomingMessage): Promise<Buffer> {
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
async function postedEntries(request: IncomingMessage, body: Buffer): Promise<[string, unknown][]> {
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
 * The options the built form offered (dist/apply/options.json), read each time so a rebuild
 * counts; before any build (as beside `astro dev`) any CoP and intake are accepted.
 */
async function offeredOptions(
  optionsFile: string,
  entries: [string, unknown][],
  log: Log,
): Promise<EoiOptions> {
  try {
    return JSON.parse(await readFile(optionsFile, 'utf8'));
  } catch {
    log(`No ${optionsFile}: accepting any CoP and intake until the site is built.`);
    const values = valuesFromEntries(entries);
    const any = (ids: string[]) => ids.filter(Boolean).map((id) => ({ value: id, label: id }));
    return eoiOptions(any(values.cops), any([values.intake]));
  }
}

/**
 * The posted fields as the service keeps them: its own `_` fields left out, a name posted more
 * than once (a box per CoP without JavaScript) as one value joined with ", ".
 */
function recordedFields(entries: [string, unknown][]): Record<string, string> {
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
interface ServiceError {
  field: string;
  code: string;
  message: string;
}

/** Formspree's error codes, for what our schema found. */
function serviceError(error: FieldError, values: EoiValues): ServiceError {
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

function submissionsTable(lines: string[]): string {
  const records: Record<string, unknown>[] = lines.map((line) => JSON.parse(line)).reverse();
  const columns = ['receivedAt', 'reference', ...EOI_FIELDS] as const;
  const heading = (column: (typeof columns)[number]) =>
    column === 'receivedAt'
      ? 'Received'
      : column === 'reference'
        ? 'Reference'
        : EOI_LABELS[column];
  const cell = (value: unknown) =>
    escapeHtml(Array.isArray(value) ? value.join(', ') : String(value ?? ''));
  const rows = records
    .map(
      (record) =>
        `<tr>${columns.map((column) => `<td>${cell(record[column])}</td>`).join('')}</tr>`,
    )
    .join('');
  return page(
    'Local form inbox',
    `<h1>Local form inbox</h1><p>${records.length} submission${records.length === 1 ? '' : 's'}, newest first. This inbox is for trying the site on your own machine; the live site sends to Formspree.</p>` +
      (records.length
        ? `<div class="scroll"><table><thead><tr>${columns.map((column) => `<th scope="col">${escapeHtml(heading(column))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div>`
        : ''),
  );
}

/**
 * Starts the inbox (port 0 picks a free one); resolves with its address and the file it writes to.
 * `optionsFile` is the built form's options; `dir` is where submissions go. Only `formId` is a
 * form; `formState` says how it answers. `testForms` (for the end-to-end tests only) adds a form
 * named after each state, answering as that state does: /f/inactive, /f/over-quota, ...
 */
export async function startInbox({
  port = 4322,
  host = '127.0.0.1',
  dir = '.inbox',
  optionsFile = 'dist/apply/options.json',
  formId = LOCAL_INBOX.formId,
  formState = 'active',
  testForms = false,
  log = console.log,
}: {
  port?: number;
  host?: string;
  dir?: string;
  optionsFile?: string;
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
  const options = resolve(optionsFile);
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

    const offered = await offeredOptions(options, entries, log);
    const values = valuesFromEntries(entries, offered.cops);
    const result = createEoiSchema(offered).safeParse(values);
    const errors: ServiceError[] = result.success
      ? []
      : errorsFromIssues(result.error.issues).map((error) => serviceError(error, values));
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
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(submissionsTable(lines));
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
    port: Number(process.env['INBOX_PORT'] ?? 4322),
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
