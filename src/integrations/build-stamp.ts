import type { AstroIntegration } from 'astro';

/**
 * Publishes /build.json, the day the site was built as of, so a nightly run can work out from the
 * live site itself whether a rebuild would change anything (scripts/nightly.ts).
 */
export default function buildStamp(): AstroIntegration {
  return {
    name: 'build-stamp',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/build.json',
          entrypoint: new URL('./build-json.ts', import.meta.url),
          prerender: true,
        });
      },
    },
  };
}
