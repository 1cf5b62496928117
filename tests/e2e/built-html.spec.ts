import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlProblems } from '../../scripts/lib/html-validity.ts';
import { asItsPage } from '../../scripts/lib/built-site.ts';
import { builtPages, pageCopies } from '../support/built-site.ts';
import { publishedCops } from '../support/published-content.ts';

for (const { file, path } of builtPages()) {
  test(`${path} is valid HTML`, async () => {
    expect(await htmlProblems(file)).toEqual([]);
  });
}

test('each page has its own title', () => {
  const titles = new Map<string, string>();
  for (const { file, path } of builtPages().filter(({ path }) => path !== '/404.html')) {
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1];
    expect(title, `${path} has a title`).toBeTruthy();
    expect(titles.get(title!), `${path} has the same title as ${titles.get(title!)}`).toBe(
      undefined,
    );
    titles.set(title!, path);
  }
});

// So the browser checks of /apply/ (axe, keyboard, width: pages.spec.ts) hold for each copy, and
// are not repeated five times over.
test('the form with one CoP ticked, /apply/<id>/, is /apply/ but for its title, indexing and that box', () => {
  const cops = publishedCops();
  const copies = pageCopies();
  expect(copies.map(({ path }) => path).toSorted()).toEqual(
    cops.map((cop) => `/apply/${cop.id}/`).toSorted(),
  );
  for (const copy of copies) {
    expect(copy.of.path).toBe('/apply/');
    const cop = cops.find(({ id }) => copy.path === `/apply/${id}/`)!;
    const html = readFileSync(copy.file, 'utf8');
    const ticked = [...html.matchAll(/name="cops" value="([^"]+)" checked/g)];
    expect(
      ticked.map((match) => match[1]),
      copy.path,
    ).toEqual([cop.title]);
    expect(asItsPage(html, cop), copy.path).toBe(asItsPage(readFileSync(copy.of.file, 'utf8')));
  }
});
