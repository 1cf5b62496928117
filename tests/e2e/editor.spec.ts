/**
 * The browser editor at /admin/, as programme staff use it, offline: the test build's editor saves
 * into the browser (Sveltia's test backend, seeded with the test site's files), and every request
 * that would leave this machine is refused and recorded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { copSchema } from '../../src/schemas/cop.ts';
import { programmeSchema } from '../../src/schemas/programme.ts';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { DIST, sitemapAddresses } from '../support/built-site.ts';
import { cspOf } from '../support/csp.ts';
import {
  changedLines,
  expectNothingLeft,
  fieldGroup,
  fillField,
  openEditor,
  openEntry,
  openIntakeStatus,
  originalFile,
  pressSave,
  repoPath,
  save,
  savedEntry,
  savedFile,
  visitBuiltCopy,
  watchEditor,
} from '../support/editor.ts';
import { allCops } from '../support/published-content.ts';

const PROGRAMME = repoPath('programme/2024-25.yaml');

test.describe.configure({ timeout: 120_000 });

test('/admin/ has its own narrow CSP in the page and the headers, refuses framing and is never indexed', async ({
  request,
}) => {
  const html = readFileSync(join(DIST, 'admin/index.html'), 'utf8');
  const inPage = cspOf(html.replace(/\s+/g, ' '));
  expect(Object.fromEntries(inPage)).toEqual({
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
    'connect-src': ["'self'", 'data:', 'blob:', 'https://api.github.com'],
    'frame-src': ['blob:'],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  });
  const response = await request.get('/admin/');
  const headers = response.headers();
  const policies = (headers['content-security-policy'] ?? '').split(',').map((p) => p.trim());
  expect(policies).toContain("frame-ancestors 'none'");
  const fromHeader = policies.find((policy) => policy.startsWith('default-src')) ?? '';
  expect(cspOf(`<meta http-equiv="content-security-policy" content="${fromHeader}"`)).toEqual(
    inPage,
  );
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-robots-tag']).toBe('noindex');
  expect(html).toContain('<meta name="robots" content="noindex" />');
  expect(sitemapAddresses().filter((url) => url.includes('/admin'))).toEqual([]);
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html);
  expect(report.results.flatMap((result) => result.messages.map((m) => m.message))).toEqual([]);
});

test('/admin/ serves Sveltia CMS pointed at its own fonts, and a configuration from the schemas', async ({
  request,
}) => {
  const script = await (await request.get('/admin/sveltia-cms.js')).text();
  expect(script).not.toContain('cdn.jsdelivr.net');
  const fonts = [...script.matchAll(/url\((\/admin\/fonts\/[^)]+)\)/g)];
  expect(fonts).toHaveLength(3);
  for (const font of fonts) {
    expect((await request.get(font[1] ?? '')).headers()['content-type']).toBe('font/woff2');
  }
  const config = await (await request.get('/admin/config.json')).json();
  expect(config.backend).toEqual({ name: 'test-repo' });
});

test('the sign-in screen asks no other site for anything, logs no error and passes axe', async ({
  page,
}) => {
  const seen = await watchEditor(page);
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Work with Test Repository' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await axeViolations(page)).toEqual([]);
  expectNothingLeft(seen);
});

test('changing the second intake to "Waitlist open" saves that one line, and the file still passes the schema', async ({
  page,
}) => {
  const seen = await watchEditor(page);
  await openEditor(page);
  const status = await openIntakeStatus(page, /2024–25/, 'Second intake');
  await status.getByRole('radio', { name: 'Waitlist open' }).check();
  expect(await axeViolations(page)).toEqual([]);
  await save(page);

  const saved = await savedEntry(page, PROGRAMME, 'status: waitlist', programmeSchema);
  expect(changedLines(originalFile(PROGRAMME), saved.text)).toEqual([
    '-    status: open',
    '+    status: waitlist',
  ]);
  expect(saved.fields.intakes[1]).toMatchObject({ id: 'second', status: 'waitlist' });
  expectNothingLeft(seen);
});

test('an impossible month and an empty required field are refused, each beside its field', async ({
  page,
}) => {
  await openEditor(page);
  await openEntry(page, 'Programme years', /2024–25/);
  const from = fieldGroup(fieldGroup(page, 'Runs'), 'From');
  await fillField(from.getByRole('textbox', { name: 'From' }), '2025-13');
  const title = fieldGroup(page, 'Title');
  await fillField(title.getByRole('textbox', { name: 'Title' }), '');
  await pressSave(page);

  // The message follows an icon whose name ("error") is its text.
  await expect(from.getByRole('alert')).toHaveText(
    /From: expected a month like 2025-02 or a day like 2025-02-14 \(month 01 to 12\)\.$/,
  );
  await expect(from.getByRole('textbox', { name: 'From' })).toHaveAttribute('aria-invalid', 'true');
  await expect(title.getByRole('alert')).toHaveText(/This field is required\.$/);
  await expect(title.getByRole('textbox', { name: 'Title' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  expect(await savedFile(page, PROGRAMME)).toBe(originalFile(PROGRAMME));
});

const NEW_COP = {
  title: 'Regional Prevention Practitioners CoP',
  summary: 'For practitioners in regional and rural Victoria who meet the same distances.',
  line: 'Primary prevention practitioners working in regional Victoria',
  body: 'A space for regional practitioners to meet each other online.',
  id: 'regional-prevention-practitioners-cop',
  address: '/communities/regional-prevention-practitioners-cop/',
};
/** The first order no CoP of the test site (drafts too) has taken. */
const freeOrder = String(Math.max(...allCops().map((cop) => cop.order)) + 1);

test('a CoP created in the editor passes the schema, and a build lists it, offers it in the form and finds it', async ({
  page,
}) => {
  const seen = await watchEditor(page);
  await openEditor(page);
  await page.getByRole('treeitem', { name: 'Communities of Practice' }).click();
  await page.getByRole('button', { name: 'Create New Entry' }).first().click();
  const audience = fieldGroup(page, 'Who it is for');
  await audience.getByRole('button', { name: /^Add .Line.$/ }).click();
  const typed: [Locator, string][] = [
    [page.getByRole('textbox', { name: 'Title' }), NEW_COP.title],
    [page.getByRole('textbox', { name: 'Summary' }), NEW_COP.summary],
    [audience.getByRole('textbox').first(), NEW_COP.line],
    [page.getByRole('spinbutton', { name: 'Order' }), freeOrder],
    [page.getByRole('textbox', { name: 'What it offers' }), NEW_COP.body],
  ];
  for (const [field, value] of typed) await fillField(field, value);
  await page.getByRole('radio', { name: 'Any career stage' }).check();
  await page.getByRole('radio', { name: 'All settings' }).check();
  // Every field still holds what was typed, as the person sees it, before they press Save.
  for (const [field, value] of typed) await fillField(field, value);
  await expect(page.getByRole('radio', { name: 'Any career stage' })).toBeChecked();
  // A new CoP starts as a draft: switched off, it is published.
  await page.getByRole('switch', { name: 'Draft' }).uncheck();
  await save(page);

  const file = repoPath(`cops/${NEW_COP.id}.mdx`);
  const saved = await savedEntry(page, file, NEW_COP.title, copSchema);
  expect(saved.fields).toMatchObject({ title: NEW_COP.title, order: Number(freeOrder) });
  expect(saved.text.endsWith(`\n---\n\n${NEW_COP.body}\n`)).toBe(true);
  expectNothingLeft(seen);

  await visitBuiltCopy({ [`content/cops/${NEW_COP.id}.mdx`]: saved.text }, async (origin) => {
    await page.goto(`${origin}/communities/`);
    await expect(
      page.locator('main').getByRole('link', { name: NEW_COP.title }).first(),
    ).toHaveAttribute('href', NEW_COP.address);
    await page.goto(`${origin}/apply/`);
    await expect(page.getByRole('checkbox', { name: new RegExp(NEW_COP.title) })).toBeVisible();
    await page.goto(`${origin}/search/?q=regional`);
    await expect(
      page.locator('.search__results').getByRole('link', { name: NEW_COP.title }),
    ).toHaveAttribute('href', NEW_COP.address);
  });
});
