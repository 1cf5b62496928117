// npm run next-change: the first day (YYYY-MM-DD, Melbourne) after the build date on which the site
// built that day would differ from the site built on the build date, or "none". BUILD_DATE and
// CONTENT_DIR are read as the build reads them. `-- --year` lists every such day in the year after
// the build date, then their number: the publishes the dates alone ask for.
import { join } from 'node:path';
import { loadEnv } from 'vite';
import { CONTENT_ROOT } from '../src/data/content-root.ts';
import { buildDateFrom, melbourneToday } from '../src/lib/dates.ts';
import { changeDays, nextChange } from '../src/lib/next-change.ts';
import { PROJECT_ROOT } from './lib/build-site.ts';
import { readProgrammes } from './lib/content-file.ts';

try {
  // Astro reads BUILD_DATE from the environment or a .env file, in production mode for a build.
  const buildDate = buildDateFrom(loadEnv('production', PROJECT_ROOT, '')['BUILD_DATE']);
  const programmes = readProgrammes(join(PROJECT_ROOT, CONTENT_ROOT));
  if (process.argv.includes('--year')) {
    const built = melbourneToday(buildDate);
    const until = `${Number(built.slice(0, 4)) + 1}${built.slice(4)}`;
    const days = changeDays(programmes, buildDate, until);
    for (const day of days) console.log(day);
    console.log(`${days.length} days from ${built} to ${until} on which the site changes`);
  } else {
    console.log(nextChange(programmes, buildDate) ?? 'none');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
