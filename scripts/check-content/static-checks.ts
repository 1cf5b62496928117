// The content check's checks that read the built files: links, each CoP's places, HTML validity,
// calendars and page weight. Each returns problems naming the file to change and the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { cssVerdict, pageWeight, siteCss, weightVerdict } from '../bench/page-weight.ts';
import { BUDGET } from '../bench/budgets.ts';
import { builtFileExists, builtFiles, copBoxValues, type BuiltPage } from '../lib/built-site.ts';
import type { ContentProblem } from '../lib/content-errors.ts';
import { htmlProblems } from '../lib/html-validity.ts';
import { lineProblems, readCalendar } from '../lib/ical.ts';
import { findBrokenLinks, linksOf } from '../lib/links.ts';
import { hashOf, pageFingerprint, remembered, rememberedNow, type CheckMemo } from './memo.ts';
import type { PublishedCop } from './sources.ts';

/** What the checks are given: the built site, its pages, and how to name a page's source. */
export interface BuiltSite {
  dist: string;
  site: URL;
  pages: BuiltPage[];
  /** The content file a page is made from, or the page. */
  source: (path: string) => string;
  memo?: CheckMemo | undefined;
}

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');

export function checkLinks({ dist, site, pages, source, memo }: BuiltSite): ContentProblem[] {
  const linked = pages.map(({ file, path }) => {
    const html = readFileSync(file, 'utf8');
    return { path, ...rememberedNow(memo, `links:${hashOf(html)}`, () => linksOf(html)) };
  });
  return findBrokenLinks(linked, site, (path) => builtFileExists(dist, path)).map(
    ({ page, link, problem }) => ({
      file: source(page),
      where: `page ${page}`,
      problem: `the link "${link}" goes nowhere: ${problem}.`,
      fix: 'change the link to an address the site has (a page, a file, or an id on the page)',
    }),
  );
}

/** Each published CoP has its page, is listed on /communities/ and is offered in the form. */
export function checkCops({ dist }: BuiltSite, cops: PublishedCop[]): ContentProblem[] {
  const listing = new JSDOM(read(dist, 'communities/index.html')).window.document;
  const form = new JSDOM(read(dist, 'apply/index.html')).window.document;
  const listed = new Set(
    [...listing.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')),
  );
  const offered = new Set(
    [...form.querySelectorAll('input[name="cops"]')].map((input) => input.getAttribute('value')),
  );
  return cops.flatMap(({ id, title, file }) => {
    const page = `/communities/${id}/`;
    const problems: Omit<ContentProblem, 'file'>[] = [];
    if (!builtFileExists(dist, `${page}index.html`)) {
      problems.push({
        where: `page ${page}`,
        problem: 'the CoP has no page.',
        fix: "name the file with lower-case letters, numbers and hyphens only; the file name is the page's address",
      });
    }
    if (!listed.has(page)) {
      problems.push({
        where: 'page /communities/',
        problem: `"${title}" is not listed.`,
        fix: 'check the file is in cops/ and not a draft, and build again',
      });
    }
    if (!copBoxValues(title).some((value) => offered.has(value))) {
      problems.push({
        where: 'page /apply/',
        problem: `the form does not offer "${title}".`,
        fix: 'give the CoP a title of its own (no two CoPs may share one)',
      });
    }
    return problems.map((problem) => ({ file, ...problem }));
  });
}

export async function checkHtml({ pages, source, memo }: BuiltSite): Promise<ContentProblem[]> {
  const found = await Promise.all(
    pages.map(async ({ file, path }) => {
      const html = readFileSync(file, 'utf8');
      const key = `html:${hashOf(html)}`;
      const problems = await remembered(memo, key, () => htmlProblems(file));
      return problems.map((problem) => ({
        file: source(path),
        where: `page ${path}`,
        problem: `invalid HTML: ${problem}.`,
        fix: 'look for HTML written into the text (an unclosed tag, a duplicate id) and remove it',
      }));
    }),
  );
  return found.flat();
}

export function checkCalendars({ dist, source }: BuiltSite): ContentProblem[] {
  return builtFiles(dist)
    .filter((file) => file.endsWith('.ics'))
    .flatMap((file) => {
      const path = `/${file}`;
      const text = read(dist, file);
      let problems: string[];
      try {
        readCalendar(text);
        problems = lineProblems(text);
      } catch (error) {
        problems = [`ical.js cannot read it (${(error as Error).message})`];
      }
      return problems.map((problem) => ({
        file: source(path.replace(/[^/]+$/, '')),
        where: `calendar ${path}`,
        problem: `${problem}.`,
        fix: "check the programme file's dates and times are in the form the guide shows",
      }));
    });
}

const styleTags = (html: string) => html.match(/<style[\s\S]*?<\/style>|<link[^>]*>/g) ?? [];

/** The JavaScript budget of the page at a path (bench/pages.ts measures one of each). */
const jsBudget = (path: string) =>
  path.startsWith('/apply/')
    ? BUDGET.applyJs
    : path === '/search/'
      ? BUDGET.searchJs
      : BUDGET.contentJs;

export function checkWeights({ dist, site, pages, source, memo }: BuiltSite): ContentProblem[] {
  const htmls = pages.map(({ file }) => readFileSync(file, 'utf8'));
  const fingerprints = htmls.map((html) => pageFingerprint(dist, html));
  const heavy = pages.flatMap(({ path }, index) => {
    const type = { name: path, path, js: jsBudget(path) };
    const weight = rememberedNow(memo, `weight:${path}:${fingerprints[index]}`, () =>
      pageWeight(dist, path, site.origin),
    );
    return weightVerdict(type, weight).failures.map((failure) => ({
      file: source(path),
      where: `page ${path}`,
      problem: `over the page weight budget: ${failure}.`,
      fix: 'shorten the page (split a long text, or move part of it to a page of its own)',
    }));
  });
  // What the site's CSS is made of: each page's styles and the stylesheets and fonts it links
  // (and the built files they name), not its text, which changes with every edit.
  const styles = htmls.flatMap(styleTags);
  const allCss = rememberedNow(memo, `css:${pageFingerprint(dist, styles.join(''))}`, () =>
    siteCss(dist, site.origin),
  );
  const css = cssVerdict(allCss).failures.map((failure) => ({
    file: 'the site',
    where: 'every page',
    problem: `over the CSS budget: ${failure}.`,
    fix: 'this comes from the code, not the content: ask the site developers',
  }));
  return [...heavy, ...css];
}
