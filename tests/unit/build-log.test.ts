import { describe, expect, it } from 'vitest';
import { isAstroHeadInjectNotice } from '../../src/lib/build-log.ts';

const directive = (name: string) =>
  `The semantics of the module level directive "${name}" in "content/cops/a.mdx?astroPropagatedAssets" may not be preserved when bundling.`;

describe('the build log', () => {
  it("leaves out the bundler's notice about an MDX file's head-inject directive", () => {
    expect(
      isAstroHeadInjectNotice({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: directive('use astro:head-inject'),
      }),
    ).toBe(true);
  });

  it('keeps the same notice about any other directive, and every other message', () => {
    expect(
      isAstroHeadInjectNotice({ code: 'MODULE_LEVEL_DIRECTIVE', message: directive('use client') }),
    ).toBe(false);
    expect(
      isAstroHeadInjectNotice({
        code: 'CIRCULAR_DEPENDENCY',
        message: directive('use astro:head-inject'),
      }),
    ).toBe(false);
    expect(isAstroHeadInjectNotice({ message: 'Content warning: content/site.yaml' })).toBe(false);
  });
});
