// @vitest-environment jsdom
/**
 * The site through a programme year: copies of the project built at four dates (before
 * applications open, while they are open, while sessions run, and after the programme, today)
 * and what each page says about joining, what the form offers and which calendar files it links.
 * The test site's first intake marks Emerging a waitlist only and Workforce Development full.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { readdir, readFile, rename } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STATUS_LABELS, type IntakeStatus } from '../../src/lib/intake-status.ts';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';
import { startInbox } from '../../scripts/inbox.ts';
import { serveSite } from '../../scripts/serve.ts';
import { localFormEnv } from '../../scripts/lib/build-site.ts';
import { lineProblems, readCalendar } from '../../scripts/lib/ical.ts';
import { copyProject, freePort, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { applicant, fillRequired } from '../support/eoi-form.ts';

/** Each build: the day in Melbourne (mid-morning, AEDT or AEST) of the test site's 2026–27 year. */
const BUILDS = {
  beforeApplications: '2026-10-20T00:00:00Z',
  applicationsOpen: '2026-11-10T00:00:00Z',
  sessionsRunning: '2027-03-03T00:00:00Z',
  afterProgramme: '2027-12-15T00:00:00Z',
} as const;
type Build = keyof typeof BUILDS;

const FINISHED =
  'The 2026–27 Communities of Practice have finished. The 2027–28 programme is being planned; this page will say when expressions of interest open.';
const UNDER_WAY =
  'The 2026–27 Communities of Practice are under way: First intake sessions run February to May 2027. Applications for them have closed.';
const REGISTER = 'Register your interest in future communities of practice';

/** The test site gives the programme team's contact; after the programme, this copy does not. */
const SITE = 'content/site.yaml';
/** After the programme, this copy's form also asks a question of its own and no longer another. */
const FORM = 'content/form.yaml';
const ADDED_QUESTION = `  - id: pronouns
    kind: short-text
    label: What are your pronouns?
    name: Your pronouns
    optional: true
`;
const CONTACT = { email: 'cop@example.org', phone: '03 9123 4567' };

// Reading a few dozen built pages is quick, but not on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

let project: ProjectCopy;
let copPaths: string[] = [];
/** Where the builds' form sends: a local inbox the browser tests start. */
let inboxOrigin = '';

beforeAll(async () => {
  project = await copyProject({ content: 'test site' });
  inboxOrigin = `http://127.0.0.1:${await freePort()}`;
  for (const [name, date] of Object.entries(BUILDS)) {
    if (name === 'afterProgramme') {
      const site = await readFile(join(project.root, SITE), 'utf8');
      await project.write(SITE, site.replace(/^programmeContact:\n(?:\s+.*\n?)*/m, ''));
      const form = await readFile(join(project.root, FORM), 'utf8');
      await project.write(
        FORM,
        form
          .replace('  - id: faceToFace\n', '  - id: faceToFace\n    off: true\n')
          .replace('  - id: privacy\n', `${ADDED_QUESTION}  - id: privacy\n`),
      );
    }
    const env = { BUILD_DATE: date, ...localFormEnv(inboxOrigin) };
    const { code, output } = await project.build(env);
    expect(code, output).toBe(0);
    await rename(join(project.root, 'dist'), join(project.root, `dist-${name}`));
  }
  const cops = await readdir(join(project.root, 'dist-afterProgramme/communities'), {
    withFileTypes: true,
  });
  copPaths = cops.filter((entry) => entry.isDirectory()).map((e) => `/communities/${e.name}/`);
  expect(copPaths.length).toBeGreaterThan(0);
}, 600_000);
afterAll(() => project?.dispose());

const parsed = new Map<string, Document>();
/** A built page, parsed once. */
async function page(build: Build, path: string): Promise<Document> {
  const key = `${build} ${path}`;
  if (!parsed.has(key)) {
    const html = await readFile(join(project.root, `dist-${build}`, path, 'index.html'), 'utf8');
    parsed.set(key, new DOMParser().parseFromString(html, 'text/html'));
  }
  return parsed.get(key)!;
}

const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The status shown beside each intake's name on a page: { "First intake": "closed", … }. */
function statuses(doc: Document): Record<string, string> {
  const items = [...doc.querySelectorAll('main .intakes__item')];
  return Object.fromEntries(
    items.map((item) => [
      textOf(item.querySelector('.intakes__name')),
      item.querySelector('[data-status]')?.getAttribute('data-status') ?? '',
    ]),
  );
}

const notice = (doc: Document) => textOf(doc.querySelector('main .programme-notice'));
const calendarLinks = (doc: Document) =>
  [...doc.querySelectorAll('main a[href$=".ics"]')].map((a) => a.getAttribute('href'));
/** The .ics files a build wrote. */
const calendarFiles = async (build: Build) =>
  (await readdir(join(project.root, `dist-${build}/calendar`)).catch(() => [])).sort();
/** The intakes the form asks people to choose between. */
const intakeChoices = (doc: Document) =>
  [...doc.querySelectorAll('form.eoi-form input[name="intake"][type="radio"]')].map((input) =>
    input.getAttribute('value'),
  );
/** The intake the form records without asking. */
const recordedIntake = (doc: Document) =>
  doc.querySelector('form.eoi-form input[name="intake"][type="hidden"]')?.getAttribute('value');

/** The pages that show each intake's status. */
const statusPages = () => ['/', '/communities/', ...copPaths];

/** The two CoPs the first intake marks, and the status each of their pages shows for it. */
const WAITLIST_COP = '/communities/emerging-practitioners/';
const FULL_COP = '/communities/workforce-development/';
const OWN_STATUS: Record<Build, Record<string, IntakeStatus>> = {
  beforeApplications: { [FULL_COP]: 'closed' },
  applicationsOpen: { [WAITLIST_COP]: 'waitlist', [FULL_COP]: 'closed' },
  sessionsRunning: {},
  afterProgramme: {},
};

describe.each<[Build, Record<string, IntakeStatus>, string]>([
  ['beforeApplications', { 'First intake': 'opening-soon', 'Second intake': 'closed' }, ''],
  ['applicationsOpen', { 'First intake': 'open', 'Second intake': 'closed' }, ''],
  ['sessionsRunning', { 'First intake': 'closed', 'Second intake': 'closed' }, UNDER_WAY],
  ['afterProgramme', { 'First intake': 'finished', 'Second intake': 'finished' }, FINISHED],
])('built %s', (build, expected, noticeText) => {
  it(`every page with a status shows ${JSON.stringify(expected)}, a marked CoP's page its own`, async () => {
    for (const path of statusPages()) {
      const own = OWN_STATUS[build][path];
      const shown = own ? { ...expected, 'First intake': own } : expected;
      expect(statuses(await page(build, path)), path).toEqual(shown);
    }
  });

  it(noticeText ? `every page with a status says "${noticeText}"` : 'shows no notice', async () => {
    for (const path of [...statusPages(), '/apply/']) {
      const doc = await page(build, path);
      const said = path === '/apply/' ? textOf(doc.querySelector('main .lede')) : notice(doc);
      if (noticeText) expect(said, path).toContain(noticeText);
      else expect(notice(doc), path).toBe('');
    }
  });
});

describe('what people can do at each date', () => {
  it('while applications are open, the form offers the open intake and the pages say so', async () => {
    const home = await page('applicationsOpen', '/');
    expect(textOf(home.querySelector('main .button'))).toBe(
      'Express interest in a community of practice',
    );
    const apply = await page('applicationsOpen', '/apply/');
    expect(textOf(apply.querySelector('h1'))).toBe('Express interest in a community of practice');
    expect(intakeChoices(apply)).toEqual(['first']);
    expect(recordedIntake(apply)).toBeUndefined();
    const thanks = await page('applicationsOpen', '/apply/thanks/');
    expect(textOf(thanks.querySelector('main'))).toContain(
      'will consider your expression of interest',
    );
  });

  it.each<Build>(['beforeApplications', 'sessionsRunning', 'afterProgramme'])(
    'with no intake to choose (%s), the form registers interest in future CoPs',
    async (build) => {
      const apply = await page(build, '/apply/');
      expect(textOf(apply.querySelector('h1'))).toBe(REGISTER);
      expect(intakeChoices(apply)).toEqual([]);
      expect(recordedIntake(apply)).toBe('future');
      const thanks = await page(build, '/apply/thanks/');
      expect(textOf(thanks.querySelector('main'))).toContain('when the next intake opens');
      const home = await page(build, '/');
      expect(textOf(home.querySelector('main .button'))).toBe(REGISTER);
    },
  );

  it('after the programme, no page says an intake is open and the form offers no intake of it', async () => {
    const apply = await page('afterProgramme', '/apply/');
    expect(
      apply.querySelectorAll('form.eoi-form input[name="intake"][value="first"]'),
    ).toHaveLength(0);
    for (const path of [...statusPages(), '/apply/']) {
      const text = textOf((await page('afterProgramme', path)).body);
      for (const label of ['open', 'waitlist', 'opening-soon'] as const) {
        expect(text, path).not.toContain(STATUS_LABELS[label]);
      }
    }
  });

  it('offers "Add to calendar" only while an intake has a real day to come', async () => {
    const linked = async (build: Build) => calendarLinks(await page(build, '/'));
    // The second intake is known by its months alone: it never has a calendar file.
    expect(await linked('beforeApplications')).toEqual(['/calendar/2026-27-first.ics']);
    expect(await linked('applicationsOpen')).toEqual(['/calendar/2026-27-first.ics']);
    expect(await linked('sessionsRunning')).toEqual(['/calendar/2026-27-first.ics']);
    expect(await linked('afterProgramme')).toEqual([]);
    for (const build of Object.keys(BUILDS) as Build[]) {
      const linkedFiles = (await linked(build)).map((href) => href!.replace('/calendar/', ''));
      expect(await calendarFiles(build), build).toEqual(linkedFiles);
    }
  });

  it('lists the session days and times on the CoP pages, in Melbourne time', async () => {
    for (const path of copPaths) {
      const sessions = [...(await page('applicationsOpen', path)).querySelectorAll('main ol li')];
      expect(sessions.map(textOf), path).toEqual(
        expect.arrayContaining([
          'Wednesday 10 February 2027, 10am to midday',
          'Wednesday 7 April 2027, 9:30am to midday',
          'Wednesday 19 May 2027, 2pm to 4pm',
        ]),
      );
    }
  });
});

describe('every calendar file, as a calendar app reads it (ical.js)', () => {
  it('has strict lines, and one timed event per session plus the two application days', async () => {
    for (const build of Object.keys(BUILDS) as Build[]) {
      for (const file of await calendarFiles(build)) {
        const text = await readFile(join(project.root, `dist-${build}/calendar`, file), 'utf8');
        expect(lineProblems(text), `${build} ${file}`).toEqual([]);
        const { events } = readCalendar(text);
        expect(events.filter((event) => !event.allDay).length, `${build} ${file}`).toBe(8);
        expect(events.filter((event) => event.allDay).map((event) => event.start)).toEqual([
          '2026-11-02',
          '2027-01-22',
        ]);
        expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
      }
    }
  });
});

describe('course details for search engines on each CoP page', () => {
  /** The Course on a page, and the names of the instances it offers. */
  async function course(build: Build, path: string) {
    const scripts = (await page(build, path)).querySelectorAll(
      'script[type="application/ld+json"]',
    );
    expect(scripts.length, path).toBe(1);
    return JSON.parse(scripts[0]!.textContent ?? '') as {
      '@type': string;
      name: string;
      hasCourseInstance?: { name: string; courseSchedule?: { repeatCount: number } }[];
    };
  }
  const instances = async (build: Build, path: string) => {
    const data = await course(build, path);
    return (data.hasCourseInstance ?? []).map((instance) =>
      instance.name.replace(`${data.name}: `, ''),
    );
  };

  it('offers a course instance for each intake that has not finished, and none after', async () => {
    for (const path of copPaths) {
      const data = await course('applicationsOpen', path);
      expect(data['@type']).toBe('Course');
      expect(data.name).toBe(textOf((await page('applicationsOpen', path)).querySelector('h1')));
      expect(await instances('beforeApplications', path)).toEqual([
        'First intake',
        'Second intake',
      ]);
      expect(await instances('applicationsOpen', path)).toEqual(['First intake', 'Second intake']);
      expect(await instances('sessionsRunning', path)).toEqual(['First intake', 'Second intake']);
      expect(await instances('afterProgramme', path)).toEqual([]);
    }
  });

  it('gives the scheduled intake its schedule', async () => {
    const [path] = copPaths;
    const [first, second] = (await course('sessionsRunning', path!)).hasCourseInstance ?? [];
    expect(first?.courseSchedule?.repeatCount).toBe(8);
    expect(second?.courseSchedule).toBeUndefined();
  });
});

describe("the programme team's contact, where site.yaml gives one", () => {
  it('ends the accessibility statement, as links that open mail and dial', async () => {
    const paragraph = (await page('applicationsOpen', '/accessibility/')).querySelector(
      'main .programme-contact',
    );
    expect(textOf(paragraph)).toBe(
      `To reach the programme team, email ${CONTACT.email} or call ${CONTACT.phone}.`,
    );
    expect(
      [...(paragraph?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
    ).toEqual([`mailto:${CONTACT.email}`, 'tel:0391234567']);
  });

  it('goes to the form, for when the form service will not take an expression of interest', async () => {
    const island = (await page('applicationsOpen', '/apply/')).querySelector('eoi-form-island');
    expect(JSON.parse(island?.getAttribute('data-props') ?? '{}').contact).toEqual([
      { verb: 'email', text: CONTACT.email, href: `mailto:${CONTACT.email}` },
      { verb: 'call', text: CONTACT.phone.replaceAll(' ', '\u00a0'), href: 'tel:0391234567' },
    ]);
  });

  it('is left out where the site gives none', async () => {
    expect(
      (await page('afterProgramme', '/accessibility/')).querySelector('.programme-contact'),
    ).toBeNull();
  });
});

describe("a CoP's own availability in the first intake: Emerging on a waitlist only, Workforce Development full", () => {
  const WAITLIST_TITLE = 'Emerging Prevention Practitioners CoP';
  const FULL_TITLE = 'Workforce Development CoP';
  const room = (doc: Document) => textOf(doc.querySelector('main .intakes__room'));

  it('its page says where it has less room, from before applications open until the sessions begin', async () => {
    expect(room(await page('beforeApplications', FULL_COP))).toBe('Full for the First intake.');
    // A waitlist mark leaves an intake that is not yet open as it is.
    expect(room(await page('beforeApplications', WAITLIST_COP))).toBe('');
    expect(room(await page('applicationsOpen', WAITLIST_COP))).toBe(
      'Waitlist only for the First intake.',
    );
    expect(room(await page('applicationsOpen', FULL_COP))).toBe('Full for the First intake.');
    for (const build of ['sessionsRunning', 'afterProgramme'] as const) {
      for (const path of copPaths)
        expect(room(await page(build, path)), `${build} ${path}`).toBe('');
    }
    expect(room(await page('applicationsOpen', '/communities/resistance/'))).toBe('');
  });

  it('its card on the home page and the list of CoPs, and the programme at a glance, say so too', async () => {
    const cards = async (build: Build, path: string) =>
      Object.fromEntries(
        [...(await page(build, path)).querySelectorAll('main .cop-card')].flatMap((card) => {
          const room = [...card.querySelectorAll('.cop-card__room')].map(textOf);
          return room.length > 0 ? [[textOf(card.querySelector('.cop-card__title')), room]] : [];
        }),
      );
    for (const path of ['/', '/communities/']) {
      expect(await cards('beforeApplications', path), path).toEqual({
        [FULL_TITLE]: ['Full for the First intake'],
      });
      expect(await cards('applicationsOpen', path), path).toEqual({
        [WAITLIST_TITLE]: ['Waitlist only for the First intake'],
        [FULL_TITLE]: ['Full for the First intake'],
      });
      expect(await cards('sessionsRunning', path), path).toEqual({});
      expect(await cards('afterProgramme', path), path).toEqual({});
    }
    const glance = async (build: Build) =>
      [...(await page(build, '/')).querySelectorAll('main .timeline figcaption li')].map(textOf);
    expect(await glance('applicationsOpen')).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^First intake: .* Status: Expressions of interest open\\. Waitlist only: ${WAITLIST_TITLE}\\. Full: ${FULL_TITLE}\\.$`,
        ),
      ),
    );
    expect((await glance('sessionsRunning')).join(' ')).not.toMatch(/Waitlist only|Full:/);
  });

  /** The form's CoP boxes as drawn without JavaScript: what each posts, and if and why it cannot be ticked. */
  const copBoxes = (doc: Document) =>
    [...doc.querySelectorAll<HTMLInputElement>('form.eoi-form input[name="cops"]')].map((box) => ({
      posts: box.value,
      ticked: box.checked,
      disabled: box.disabled,
      why: (box.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => textOf(doc.getElementById(id)))
        .find((text) => text.startsWith('Full')),
    }));

  it('while applications are open, the form names the waitlist-only CoP so, and shows the full one not to be ticked, saying why', async () => {
    const boxes = copBoxes(await page('applicationsOpen', '/apply/'));
    expect(boxes.find((box) => box.posts.startsWith('Emerging'))).toEqual({
      posts: `${WAITLIST_TITLE} (waitlist only)`,
      ticked: false,
      disabled: false,
      why: undefined,
    });
    expect(boxes.find((box) => box.posts === FULL_TITLE)).toEqual({
      posts: FULL_TITLE,
      ticked: false,
      disabled: true,
      why: 'Full: no new expressions of interest for the First intake.',
    });
    expect(boxes.filter((box) => box.disabled)).toHaveLength(1);
    // Its own copy of the form, where its page's button leads, arrives with nothing ticked.
    const copy = copBoxes(await page('applicationsOpen', '/apply/workforce-development/'));
    expect(copy.filter((box) => box.ticked)).toEqual([]);
    const waitlistCopy = copBoxes(await page('applicationsOpen', '/apply/emerging-practitioners/'));
    expect(waitlistCopy.filter((box) => box.ticked).map((box) => box.posts)).toEqual([
      `${WAITLIST_TITLE} (waitlist only)`,
    ]);
  });

  it.each<Build>(['beforeApplications', 'sessionsRunning', 'afterProgramme'])(
    'with interest taken in future CoPs (%s), every CoP can be chosen, by its own name',
    async (build) => {
      const boxes = copBoxes(await page(build, '/apply/'));
      expect(boxes.filter((box) => box.disabled || box.posts.includes('('))).toEqual([]);
    },
  );

  it('search engines read each CoP’s own availability in each intake', async () => {
    const offers = async (build: Build, path: string) => {
      const script = (await page(build, path)).querySelector('script[type="application/ld+json"]');
      const course = JSON.parse(script?.textContent ?? '{}') as {
        hasCourseInstance?: { offers?: { availability?: string; availabilityStarts?: string } }[];
      };
      return (course.hasCourseInstance ?? []).map(
        ({ offers }) =>
          offers?.availability?.replace('https://schema.org/', '') ?? offers?.availabilityStarts,
      );
    };
    expect(await offers('beforeApplications', '/communities/resistance/')).toEqual([
      '2026-11-02',
      'SoldOut',
    ]);
    expect(await offers('beforeApplications', FULL_COP)).toEqual(['SoldOut', 'SoldOut']);
    expect(await offers('applicationsOpen', '/communities/resistance/')).toEqual([
      'InStock',
      'SoldOut',
    ]);
    expect(await offers('applicationsOpen', WAITLIST_COP)).toEqual([
      'LimitedAvailability',
      'SoldOut',
    ]);
    expect(await offers('applicationsOpen', FULL_COP)).toEqual(['SoldOut', 'SoldOut']);
    expect(await offers('afterProgramme', FULL_COP)).toEqual([]);
  });

  describe('the form while applications are open, in a browser, with and without JavaScript', () => {
    let browser: Browser;
    let site: Server;
    let siteUrl = '';
    let inbox: Awaited<ReturnType<typeof startInbox>>;

    beforeAll(async () => {
      const dist = join(project.root, 'dist-applicationsOpen');
      const served = await serveSite({ root: dist, port: await freePort() });
      [site, siteUrl] = [served.server, served.url];
      inbox = await startInbox({
        port: Number(new URL(inboxOrigin).port),
        dir: join(project.root, 'inbox'),
        questionsFile: join(dist, 'apply/questions.json'),
        log: () => {},
      });
      const executablePath = await findChromium();
      browser = await chromium.launch({
        ...(executablePath ? { executablePath } : {}),
        args: CHROMIUM_ARGS,
      });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      site?.close();
      inbox?.server.close();
    });

    /** What the inbox kept from this applicant, once it has it. */
    async function kept(familyName: string): Promise<Record<string, string>> {
      for (let tries = 0; tries < 100; tries += 1) {
        const lines = (await readFile(inbox.file, 'utf8').catch(() => '')).split('\n');
        const mine = lines.filter(Boolean).map((line) => JSON.parse(line));
        const record = mine.find((one) => one.familyName === familyName);
        if (record) return record;
        await new Promise((wait) => setTimeout(wait, 100));
      }
      throw new Error(`The inbox has nothing from ${familyName}.`);
    }

    const box = (page: Page, name: string) => page.getByLabel(name, { exact: true });

    it.each([
      ['on', true],
      ['off', false],
    ])(
      'with JavaScript %s: the full CoP’s own form leaves it unticked and says why; the waitlist-only CoP reaches staff as such',
      async (_, javaScriptEnabled) => {
        const context = await browser.newContext({ javaScriptEnabled });
        try {
          const page = await context.newPage();
          await page.goto(new URL('/apply/workforce-development/', siteUrl).href);
          if (javaScriptEnabled) {
            await page.waitForSelector('eoi-form-island:not([ssr])');
          }
          const full = box(page, FULL_TITLE);
          expect(await full.isDisabled()).toBe(true);
          expect(await full.isChecked()).toBe(false);
          const why = await full.evaluate((input) =>
            (input.getAttribute('aria-describedby') ?? '')
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent)
              .join(' '),
          );
          expect(why).toContain('Full: no new expressions of interest for the First intake.');
          const person = applicant();
          await fillRequired(page, person);
          await box(page, `${WAITLIST_TITLE} (waitlist only)`).check();
          await page.getByRole('button', { name: 'Send expression of interest' }).click();
          if (javaScriptEnabled) {
            await page.getByRole('heading', { name: 'Expression of interest sent' }).waitFor();
            const answers = await page.locator('.answers').textContent();
            expect(answers).toContain(`${WAITLIST_TITLE} (waitlist only)`);
          }
          const record = await kept(person.familyName);
          expect(record['cops']?.split(', ').sort()).toEqual([
            `${WAITLIST_TITLE} (waitlist only)`,
            'Resistance in Primary Prevention and Gender Equality CoP',
          ]);
          expect(record['intake']).toBe('first');
        } finally {
          await context.close();
        }
      },
    );
  });
});

describe('the privacy notice follows the form', () => {
  /** What /privacy/ lists under "What we collect". */
  const collected = async (build: Build) => {
    const doc = await page(build, '/privacy/');
    const heading = doc.getElementById('what-we-collect');
    expect(heading?.textContent).toBe('What we collect');
    const list = heading?.nextElementSibling?.nextElementSibling;
    expect(list?.tagName).toBe('UL');
    return [...(list?.querySelectorAll('li') ?? [])].map(textOf);
  };

  it("lists each question the form asks by its short name, in the form's order", async () => {
    const asked = await collected('applicationsOpen');
    expect(asked.slice(0, 6)).toEqual([
      'Communities of practice',
      'Intake',
      'Given name',
      'Family name',
      'Email address',
      'Phone number (optional)',
    ]);
    expect(asked).toContain('A project you are proud of');
    expect(asked).toContain('Face-to-face sessions (optional)');
    // The test site's question switched off is not asked, so not listed.
    expect(asked.join(' ')).not.toMatch(/hear about/i);
  });

  it('a question added and one switched off in form.yaml change the list, and nothing else', async () => {
    const before = await collected('applicationsOpen');
    const after = await collected('afterProgramme');
    expect(after).toContain('Your pronouns (optional)');
    expect(after).not.toContain('Face-to-face sessions (optional)');
    expect(after.filter((item) => item !== 'Your pronouns (optional)')).toEqual(
      before.filter((item) => item !== 'Face-to-face sessions (optional)'),
    );
  });

  it("the form's privacy question links to the notice", async () => {
    const privacy = (await page('applicationsOpen', '/apply/')).getElementById('eoi-privacy');
    const link = privacy?.closest('.field')?.nextElementSibling?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/privacy/');
  });
});
