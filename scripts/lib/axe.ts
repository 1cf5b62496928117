/** What "passes axe" means for this site: no WCAG 2.2 AA violation (the budget in DESIGN.md). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * What axe finds on the page as it is now, against WCAG 2.2 AA and any `alsoRules` (axe rules
 * outside those tags), one line per problem naming the rule and the elements.
 */
export async function axeViolations(page: Page, alsoRules: string[] = []): Promise<string[]> {
  const rules = Object.fromEntries(alsoRules.map((rule) => [rule, { enabled: true }]));
  // With frames, axe checks each and combines their results in a blank page it opens. A page
  // without frames (every page of the site) has nothing to combine: axe runs in the page itself,
  // finding the same problems in about half the time.
  const framed = page.frames().length > 1;
  const { violations } = await new AxeBuilder({ page })
    .options({ rules })
    .withTags(WCAG_22_AA)
    .setLegacyMode(!framed)
    .analyze();
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`,
  );
}
