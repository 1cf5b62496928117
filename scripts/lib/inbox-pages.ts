// The local inbox's own pages: the list of submissions, and the thank-you page a post without
// JavaScript lands on when no redirect is given.
import { escapeHtml } from '../../src/lib/html.ts';
import type { Question } from '../../src/lib/eoi/questions.ts';

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}th,td{border:1px solid #aaa;padding:.3rem .5rem;text-align:left;vertical-align:top;white-space:pre-line}th{background:#eee}.scroll{overflow-x:auto}</style></head><body>${body}</body></html>`;
}

/** The columns the inbox records beside the answers, and their headings. */
const RECORDED = { receivedAt: 'Received', reference: 'Reference' };

/**
 * Every submission kept, newest first, as one table: a column per question the built form asks,
 * headed by its short name (before any build, one per answer name seen).
 */
export function submissionsTable(lines: string[], questions?: readonly Question[]): string {
  const records: Record<string, unknown>[] = lines.map((line) => JSON.parse(line)).reverse();
  const seen = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const answers: [string, string][] = questions
    ? questions.map((question) => [question.id, question.name])
    : seen.filter((name) => !(name in RECORDED)).map((name) => [name, name]);
  const columns: [string, string][] = [...Object.entries(RECORDED), ...answers];
  const cell = (value: unknown) =>
    escapeHtml(Array.isArray(value) ? value.join(', ') : String(value ?? ''));
  const rows = records
    .map((record) => `<tr>${columns.map(([id]) => `<td>${cell(record[id])}</td>`).join('')}</tr>`)
    .join('');
  return page(
    'Local form inbox',
    `<h1>Local form inbox</h1><p>${records.length} submission${records.length === 1 ? '' : 's'}, newest first. This inbox is for trying the site on your own machine; the live site sends to Formspree.</p>` +
      (records.length
        ? `<div class="scroll"><table><thead><tr>${columns.map(([, heading]) => `<th scope="col">${escapeHtml(heading)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div>`
        : ''),
  );
}
