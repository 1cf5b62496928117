import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkCops,
  checkLinks,
  type BuiltSite,
} from '../../scripts/check-content/static-checks.ts';
import { pageSource, publishedCops } from '../../scripts/check-content/sources.ts';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { problemLine } from '../../scripts/lib/content-errors.ts';
import { writeFileTree } from '../support/file-tree.ts';

/** A built site of three pages and its content, written by hand: no build needed. */
const FILES: Record<string, string> = {
  'content/cops/backlash.mdx': '---\ntitle: Backlash CoP\n---\n\nRead [our approach](/aproach/).\n',
  'content/cops/hidden.mdx': '---\ntitle: Hidden CoP\ndraft: true\n---\n',
  'content/cops/schools.mdx': '---\ntitle: Schools CoP\n---\n',
  'dist/index.html':
    '<link rel="canonical" href="https://cop.example.org/"><main><a href="/communities/">CoPs</a></main>',
  'dist/communities/index.html':
    '<main><a href="/communities/backlash/">Backlash</a><a href="/communities/backlash/#when">When</a></main>',
  'dist/communities/backlash/index.html':
    '<main><h2 id="when">When</h2><a href="/aproach/">our approach</a></main>',
  'dist/apply/index.html': '<form><input name="cops" value="Backlash CoP"></form>',
};

let root = '';
let built: BuiltSite;

beforeAll(async () => {
  root = await writeFileTree('content-check-', FILES);
  const dist = join(root, 'dist');
  built = {
    dist,
    site: new URL('https://cop.example.org/'),
    pages: builtPages(dist),
    source: (path) => pageSource(join(root, 'content'), path, 'content'),
  };
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('the content check names the file to fix, the page and the fix', () => {
  it('a link to a page the site does not have, traced to the CoP file it is written in', () => {
    expect(checkLinks(built).map(problemLine)).toEqual([
      'content/cops/backlash.mdx: page /communities/backlash/: the link "/aproach/" goes nowhere: nothing is built at /aproach/. Fix: change the link to an address the site has (a page, a file, or an id on the page).',
    ]);
  });

  it('a published CoP without its page, its place in the list or in the form; drafts expected nowhere', () => {
    const cops = publishedCops(join(root, 'content'), 'content');
    expect(cops.map(({ id }) => id)).toEqual(['backlash', 'schools']);
    const lines = checkCops(built, cops).map(problemLine);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^content\/cops\/schools\.mdx: page \/communities\/schools\/: the CoP has no page\. Fix: /,
    );
    expect(lines[1]).toMatch(
      /^content\/cops\/schools\.mdx: page \/communities\/: "Schools CoP" is not listed\./,
    );
    expect(lines[2]).toMatch(
      /^content\/cops\/schools\.mdx: page \/apply\/: the form does not offer "Schools CoP"\./,
    );
  });
});
