/** What "passes axe" means for this site: no WCAG 2.2 AA violation (the budget in DESIGN.md). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

let source: string | undefined;
/** axe-core's own script, read once. */
const axeSource = () =>
  (source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/**
 * axe run in the page itself, put into it once for each page load: AxeBuilder puts axe in again
 * and configures it for every scan, which took longer than the scan on this site's pages.
 */
async function violationsInPage(page: Page, options: RunOptions): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as {
      axe: { run: (...args: unknown[]) => Promise<AxeResults> };
    };
    return (await axe.run(document, options)).violations;
  }, options);
}

/**
 * What axe finds on the page as it is now, against WCAG 2.2 AA and any `alsoRules` (axe rules
 * outside those tags), one line per problem naming the rule and the elements.
 */
export async function axeViolations(page: Page, alsoRules: string[] = []): Promise<string[]> {
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    rules: Object.fromEntries(alsoRules.map((rule) => [rule, { enabled: true }])),
    // Each violation whole; axe skips gathering every element that passed.
    resultTypes: ['violations'],
  };
  // With frames (the editor's preview), AxeBuilder checks each and combines their results in a
  // blank page it opens. A page without frames (every page of the site) has nothing to combine.
  const violations =
    page.frames().length > 1
      ? (await new AxeBuilder({ page }).options(options).analyze()).violations
      : await violationsInPage(page, options);
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`,
  );
}
