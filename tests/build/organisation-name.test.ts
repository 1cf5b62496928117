/**
 * The organisation's name is content: a copy of the project whose content/site.yaml names another
 * organisation (and whose prose, like the acknowledgement, names it too) builds a site that says
 * the new name on every page, in the form's messages and in share images' words, and the old one
 * nowhere: no page, script or file the code writes still carries it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { site } from '../support/published-content.ts';

const OLD = site().organisation;
const NEW = 'Northern Prevention Network';
/** Files the build writes as text (share images are pictures: their words are in og:image:alt). */
const TEXT = /\.(html|js|json|xml|txt|ics|css)$/;

let project: ProjectCopy;
let files: { path: string; text: string }[];

beforeAll(async () => {
  project = await copyProject({ content: 'test site' });
  // Every content file says the new name where it said the old, site.yaml's organisation too.
  const content = join(project.root, 'content');
  for (const entry of await readdir(content, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(project.root, join(entry.parentPath, entry.name));
    const text = await readFile(join(project.root, path), 'utf8');
    if (text.includes(OLD)) await project.write(path, text.replaceAll(OLD, NEW));
  }
  const { code, output } = await project.build();
  expect(code, output).toBe(0);
  const dist = join(project.root, 'dist');
  const built = await readdir(dist, { recursive: true, withFileTypes: true });
  files = await Promise.all(
    built
      .filter((entry) => entry.isFile() && TEXT.test(entry.name))
      .map(async (entry) => {
        const file = join(entry.parentPath, entry.name);
        return { path: `/${relative(dist, file)}`, text: await readFile(file, 'utf8') };
      }),
  );
}, 300_000);

afterAll(() => project?.dispose());

test('the test site names an organisation for this test to change', () => {
  expect(OLD.length).toBeGreaterThan(3);
});

test('every page says the new name, in its title and its share image’s words', () => {
  // The editor at /admin/ is Sveltia's page, not the site's.
  const pages = files.filter(({ path }) => path.endsWith('.html') && !path.startsWith('/admin/'));
  expect(pages.length).toBeGreaterThan(10);
  for (const { path, text } of pages) {
    expect(/<title>[^<]*<\/title>/.exec(text)?.[0], path).toContain(NEW);
    const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(text)?.[1];
    expect(alt, path).toContain(NEW);
  }
});

test('the form hands its messages the new name', () => {
  const form = files.find(({ path }) => path === '/apply/index.html')?.text ?? '';
  expect(form).toContain(`&quot;organisation&quot;:&quot;${NEW}&quot;`);
});

test('no page, script or other file the build writes says the old name', () => {
  expect(files.filter(({ text }) => text.includes(OLD)).map(({ path }) => path)).toEqual([]);
});
