import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind's answers carry their own error lists instead of throwing. */
interface PagefindResponse {
  errors: string[];
}

function assertNoErrors<T extends PagefindResponse>(
  response: T,
  step: string,
  logger: AstroIntegrationLogger,
): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`${step}: ${error}`);
    throw new Error(`Pagefind could not ${step} (see the errors above).`);
  }
  return response;
}

/** Indexes the built site with Pagefind after every `astro build`, writing `dist/pagefind/`. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = assertNoErrors(await pagefind.createIndex(), 'create an index', logger);
          if (!index) throw new Error('Pagefind returned no index.');
          const { page_count } = assertNoErrors(
            await index.addDirectory({ path: fileURLToPath(dir) }),
            'read the built pages',
            logger,
          );
          // A site with nothing to find is a broken build, not an empty search.
          if (page_count === 0) throw new Error('Pagefind found no HTML pages in the build.');
          const outputPath = fileURLToPath(new URL('./pagefind/', dir));
          assertNoErrors(await index.writeFiles({ outputPath }), 'write the index', logger);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          const written = relative(process.cwd(), outputPath);
          logger.info(`Read ${page_count} HTML files and wrote ${written} in ${seconds}s.`);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`Building the search index failed: ${reason}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
