/**
 * `npm run next-change` is exact: the test site built on its day, on the day before the change it
 * names and on that day (twice over: a status change, then the timeline's month), and the built
 * pages and calendar files compared. The same, leaving aside only the build's own date (the
 * calendars' DTSTAMP and the "Information current" line), until the day named; different on it.
 * Then the nightly run's decision, reading the live site's build date from its own /build.json.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayBefore, melbourneInstant, melbourneToday } from '../../src/lib/dates.ts';
import { nextChange } from '../../src/lib/next-change.ts';
import { PROJECT_ROOT } from '../../scripts/lib/build-site.ts';
import { decidePublish, readLiveBuild } from '../../scripts/lib/nightly.ts';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { readCollection } from '../../scripts/lib/content-file.ts';
import { TEST_SITE, testSiteEnv, testSitePath } from '../../scripts/lib/test-site.ts';

/** What `npm run next-change` prints for the test site built as of `buildDate`. */
async function nextChangeOf(buildDate: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts/next-change.ts')],
    { cwd: PROJECT_ROOT, env: { ...process.env, ...testSiteEnv(), BUILD_DATE: buildDate } },
  );
  return stdout.trim();
}

/** Every page and calendar file of a build, keyed by path, without the build's own date. */
async function builtSite(dist: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(dist, { recursive: true })) {
    if (!/\.(html|ics)$/.test(name)) continue;
    const text = await readFile(join(dist, name), 'utf8');
    files.set(
      name,
      text
        .replace(/^DTSTAMP:.*$/gm, 'DTSTAMP')
        .replace(/<p class="information-current"[\s\S]*?<\/p>/g, '<p information-current>'),
    );
  }
  return files;
}

/** The files of two builds that differ, by path. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

const instant = (day: string) => melbourneInstant(day, '10:00').toISOString();

let project: ProjectCopy;
const built = new Map<string, Map<string, string>>();
let buildJson = '';
let first = '';
let second = '';

beforeAll(async () => {
  first = await nextChangeOf(TEST_SITE.buildDate);
  second = await nextChangeOf(instant(first));
  project = await copyProject({ content: 'test site' });
  const days = [TEST_SITE.buildDate, instant(dayBefore(first)), instant(first)];
  days.push(instant(dayBefore(second)), instant(second));
  for (const date of days) {
    const { code, output } = await project.build({ BUILD_DATE: date });
    expect(code, output).toBe(0);
    built.set(melbourneToday(new Date(date)), await builtSite(join(project.root, 'dist')));
    if (date === TEST_SITE.buildDate) {
      buildJson = await readFile(join(project.root, 'dist/build.json'), 'utf8');
    }
  }
}, 600_000);
afterAll(() => project?.dispose());

describe('npm run next-change names the first day the site differs', () => {
  it('for the test site built on 15 October 2026: 2 November, when applications open', () => {
    expect(first).toBe('2026-11-02');
  });

  it('built the day before that day, every page and calendar is the same', () => {
    const day = melbourneToday(new Date(TEST_SITE.buildDate));
    expect(differences(built.get(day)!, built.get(dayBefore(first))!)).toEqual([]);
  });

  it('built on that day, the site differs', () => {
    expect(differences(built.get(dayBefore(first))!, built.get(first)!)).not.toEqual([]);
  });

  it('and again from that day to the next it names, a change of month only', () => {
    expect(second).toBe('2026-12-01');
    expect(differences(built.get(first)!, built.get(dayBefore(second))!)).toEqual([]);
    const changed = differences(built.get(dayBefore(second))!, built.get(second)!);
    expect(changed).toContain('index.html');
    expect(built.get(second)!.get('index.html')).toContain('Now: December 2026');
  });

  it('agrees with the date logic asked directly about the test site’s programme files', () => {
    const programmes = readCollection(testSitePath(), 'programme');
    expect(nextChange(programmes, new Date(TEST_SITE.buildDate))).toBe(first);
  });
});

describe('the nightly run reads the live site’s own build date', () => {
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      const found = request.url === '/build.json';
      response.writeHead(found ? 200 : 404, { 'Content-Type': 'application/json' });
      response.end(found ? buildJson : '{}');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(() => new Promise((closed) => server.close(closed)));

  it('the built site publishes the day it was built as of, as the pages used it', async () => {
    expect(JSON.parse(buildJson)).toEqual({ buildDate: TEST_SITE.buildDate.replace('Z', '.000Z') });
  });

  it('stops the night before the change and publishes on the night of it', async () => {
    const live = await readLiveBuild(origin);
    const programmes = readCollection(testSitePath(), 'programme');
    const night = (today: string) =>
      decidePublish({
        event: 'schedule',
        today,
        live,
        nextChangeAfter: (date) => nextChange(programmes, date),
      });
    expect(night(dayBefore(first)).publish).toBe(false);
    expect(night(dayBefore(first)).summary).toMatch(/^Nothing changes until 2026-11-02: /);
    expect(night(first).publish).toBe(true);
  });
});
