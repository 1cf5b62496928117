// In the publishing workflows (.github/workflows/deploy.yml, checks.yml): whether this run
// publishes (scripts/lib/nightly.ts). The nightly run reads the live site's build date from
// LIVE_URL/build.json and publishes only once the dates change what it says. Writes
// `publish=true|false` to the step's outputs and, for the nightly run, one line to its Summary.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '../src/data/content-root.ts';
import { melbourneToday } from '../src/lib/dates.ts';
import { nextChange } from '../src/lib/next-change.ts';
import { PROJECT_ROOT } from './lib/build-site.ts';
import { readProgrammes } from './lib/content-file.ts';
import { decidePublish, readLiveBuild } from './lib/nightly.ts';

const { GITHUB_EVENT_NAME = 'push', GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, LIVE_URL } = process.env;

const { publish, summary } = decidePublish({
  event: GITHUB_EVENT_NAME,
  today: melbourneToday(new Date()),
  live: GITHUB_EVENT_NAME === 'schedule' ? await readLiveBuild(LIVE_URL) : { unknown: 'not asked' },
  nextChangeAfter: (buildDate) =>
    nextChange(readProgrammes(join(PROJECT_ROOT, CONTENT_ROOT)), buildDate),
});
console.log(summary ?? `Publishing: a ${GITHUB_EVENT_NAME} run always publishes.`);
if (GITHUB_OUTPUT) appendFileSync(GITHUB_OUTPUT, `publish=${publish}\n`);
if (GITHUB_STEP_SUMMARY && summary) appendFileSync(GITHUB_STEP_SUMMARY, `${summary}\n`);
