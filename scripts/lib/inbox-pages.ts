// The local inbox's own pages: the list of submissions, and the thank-you page a post without
// JavaScript lands on when no redirect is given.
import { escapeHtml } from '../../src/lib/html.ts';
import { EOI_FIELDS, EOI_LABELS } from '../../src/lib/eoi/schema.ts';

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}th,td{border:1px solid #aaa;padding:.3rem .5rem;text-align:left;vertical-align:top;white-space:pre-line}th{background:#eee}.scroll{overflow-x:auto}</style></head><body>${body}</body></html>`;
}

/** Every submission kept, newest first, as one table. */
export function submissionsTable(lines: string[]): string {
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
