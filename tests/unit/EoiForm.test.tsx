// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ANNOUNCE_AFTER_MS } from '../../src/islands/eoi/CharacterCount.tsx';
import EoiForm, { type EoiFormProps } from '../../src/islands/eoi/EoiForm.tsx';
import { DRAFT_KEY } from '../../src/lib/eoi/draft.ts';
import { contactWays } from '../../src/lib/programme-contact.ts';
import { form, futureForm, questions } from '../fixtures/eoi-applicant.ts';

const props: EoiFormProps = {
  action: 'http://127.0.0.1:4201/f/local',
  formId: 'local',
  origin: 'http://127.0.0.1:4201',
  nextUrl: 'http://127.0.0.1:4200/apply/thanks/',
  privacyUrl: '/privacy/',
  form,
  organisation: 'Safe and Equal',
};

/** The most characters the test site's "What do you hope to gain" takes. */
const HOPES_LIMIT = questions.find((question) => question.id === 'hopes')?.limit ?? 0;

const PAGE_TITLE = 'Express interest | Safe and Equal';

beforeEach(() => {
  document.title = PAGE_TITLE;
  sessionStorage.clear();
  history.replaceState(null, '', '/apply/');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const send = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Send expression of interest' }));
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string | RegExp) => fireEvent.click(screen.getByLabelText(label));

function fillEverything() {
  choose('Resistance in Primary Prevention and Gender Equality CoP');
  type('Given name', 'Aroha');
  type('Family name', 'Ngata');
  type('Email address', 'aroha@example.org');
  type('Organisation', 'Northern Community Health');
  type('Role or position', 'Health promotion officer');
  choose('Community health');
  choose('Regional Victoria');
  choose('1 to 3 years');
  choose('Yes, they support it');
  type(/a prevention project you are proud of/, 'Three schools, one year.');
  choose(/I have read the privacy collection notice/);
}

/** Answers every question and sends to a service that accepts: the confirmation, and what was sent. */
async function sendAccepted() {
  const fetch = vi.fn().mockResolvedValue(json({ ok: true, next: '/thanks' }));
  vi.stubGlobal('fetch', fetch);
  fillEverything();
  send();
  const heading = await screen.findByRole('heading', { name: 'Expression of interest sent' });
  const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  return { confirmation: heading.closest('.confirmation'), sent: JSON.parse(String(init.body)) };
}

test('an empty submit shows a focused summary linking each error to its question', async () => {
  render(<EoiForm {...props} />);
  send();
  const summary = await screen.findByRole('alert');
  expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
  const link = within(summary).getByRole('link', { name: 'Enter your given name' });
  expect(link.getAttribute('href')).toBe('#eoi-givenName');
  const copsMissing = 'Select at least one community of practice';
  const cops = within(summary).getByRole('link', { name: copsMissing });
  expect(cops.getAttribute('href')).toBe('#eoi-cops');
  await waitFor(() => expect(document.title).toBe(`Error: ${PAGE_TITLE}`));
});

test('each question shows its error inline, with a hidden "Error:" and tied to the input', async () => {
  render(<EoiForm {...props} />);
  send();
  const input = await screen.findByLabelText('Given name');
  const described = input.getAttribute('aria-describedby') ?? '';
  const message = document.getElementById(described.split(' ').at(-1) ?? '');
  expect(message?.textContent).toBe('Error: Enter your given name');
  expect(message?.querySelector('.visually-hidden')?.textContent).toBe('Error:');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const cops = screen.getByRole('group', { name: /Which communities of practice/ });
  expect(cops.getAttribute('aria-describedby')).toContain('eoi-cops-error');
});

test('a summary link moves focus to its question, its label scrolled into view', async () => {
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  render(<EoiForm {...props} />);
  send();
  fireEvent.click(await screen.findByRole('link', { name: 'Enter your email address' }));
  const input = screen.getByLabelText('Email address');
  expect(document.activeElement).toBe(input);
  expect(scrolled).toEqual([document.querySelector('label[for="eoi-email"]')]);
  fireEvent.click(screen.getByRole('link', { name: 'Select where you work' }));
  expect(document.activeElement).toBe(screen.getByLabelText('Metropolitan Melbourne'));
  expect(scrolled.at(-1)?.tagName).toBe('LEGEND');
});

test('a long answer shows the characters left as they type; screen readers hear it once typing pauses', () => {
  vi.useFakeTimers();
  render(<EoiForm {...props} />);
  const hopes = /What do you hope to gain/;
  const field = screen.getByLabelText(hopes).closest('.field');
  const shown = () => field?.querySelector('[aria-hidden="true"]')?.textContent;
  const heard = () => field?.querySelector('[aria-live="polite"]')?.textContent;
  const limit = HOPES_LIMIT.toLocaleString('en-AU');
  const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
  expect(screen.getByLabelText(hopes).getAttribute('aria-describedby')).toBe('eoi-hopes-limit');
  expect(document.getElementById('eoi-hopes-limit')?.textContent).toBe(
    `You can enter up to ${limit} characters`,
  );
  expect(shown()).toBe(`You have ${limit} characters remaining`);

  type(hopes, 'x'.repeat(HOPES_LIMIT - 10));
  expect(shown()).toBe('You have 10 characters remaining');
  wait(ANNOUNCE_AFTER_MS - 100);
  type(hopes, 'x'.repeat(HOPES_LIMIT - 5));
  wait(ANNOUNCE_AFTER_MS - 100);
  expect(heard()).toBe(`You have ${limit} characters remaining`);
  wait(100);
  expect(heard()).toBe('You have 5 characters remaining');

  type(hopes, 'x'.repeat(HOPES_LIMIT + 1));
  expect(shown()).toBe('You have 1 character too many');
  expect(field?.querySelector('[aria-hidden="true"]')?.classList).toContain(
    'character-count--over',
  );
  wait(ANNOUNCE_AFTER_MS);
  expect(heard()).toBe('You have 1 character too many');
});

test('errors change on submit, not while typing', async () => {
  render(<EoiForm {...props} />);
  send();
  await screen.findByRole('link', { name: 'Enter your given name' });
  type('Given name', 'Aroha');
  expect(screen.getByRole('link', { name: 'Enter your given name' })).toBeTruthy();
  send();
  await waitFor(() =>
    expect(screen.queryByRole('link', { name: 'Enter your given name' })).toBeNull(),
  );
  expect(screen.getByRole('link', { name: 'Enter your family name' })).toBeTruthy();
});

test('sending says "Sending…", ignores a second press, then confirms with the reference', async () => {
  let answer: (response: Response) => void = () => {};
  const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
  vi.stubGlobal('fetch', fetch);
  render(<EoiForm {...props} />);
  fillEverything();
  send();
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sending…'));
  send();
  expect(fetch).toHaveBeenCalledTimes(1);
  answer(json({ ok: true, next: '/thanks' }));
  const heading = await screen.findByRole('heading', { name: 'Expression of interest sent' });
  const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  const sent = JSON.parse(String(init.body));
  expect(heading.closest('.confirmation')?.textContent).toContain(sent.reference);
  expect(sent.reference).toMatch(/^EOI-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
  await waitFor(() => expect(document.activeElement).toBe(heading.closest('.confirmation')));
  expect(screen.getByText('Regional Victoria')).toBeTruthy();
  expect(screen.getByText('aroha@example.org', { selector: 'dd' })).toBeTruthy();
  expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull();
  await waitFor(() => expect(document.title).toBe('Expression of interest sent | Safe and Equal'));
});

test('a 429 keeps every answer, says to wait a minute, and a retry sends the same reference', async () => {
  const fetch = vi
    .fn()
    .mockResolvedValueOnce(json({ error: 'Too many requests' }, 429))
    .mockResolvedValueOnce(json({ ok: true, next: '/thanks' }));
  vi.stubGlobal('fetch', fetch);
  render(<EoiForm {...props} />);
  fillEverything();
  send();
  const summary = await screen.findByRole('alert');
  await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
  expect(summary.textContent).toContain('Wait a minute, then send it again.');
  expect(summary.textContent).toContain('Your answers are still here.');
  const kept = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
  expect([kept('Given name').value, kept('Family name').value]).toEqual(['Aroha', 'Ngata']);
  expect([kept('Regional Victoria').checked, kept('1 to 3 years').checked]).toEqual([true, true]);
  send();
  await screen.findByRole('heading', { name: 'Expression of interest sent' });
  const [first, second] = fetch.mock.calls.map((call) => JSON.parse(call[1].body).reference);
  expect(second).toBe(first);
});

test('a form the service refuses for good gives the team’s email and phone, and the answers as text to keep', async () => {
  const refusal = { code: 'INACTIVE', message: 'Form not active' };
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => json({ error: refusal.message, errors: [refusal] }, 403)),
  );
  render(
    <EoiForm
      {...props}
      contact={contactWays({ email: 'cop@example.org', phone: '03 9123 4567' })}
    />,
  );
  fillEverything();
  send();
  const alert = await screen.findByRole('alert');
  await waitFor(() => expect(document.activeElement).toBe(alert.parentElement));
  expect(alert.textContent).toContain('not taking expressions of interest at the moment');
  expect(alert.textContent).not.toContain('send it again');
  const email = within(alert).getByRole('link', { name: 'cop@example.org' });
  expect(email.getAttribute('href')).toBe('mailto:cop@example.org');
  const phone = within(alert).getByRole('link', { name: '03\u00a09123\u00a04567' });
  expect(phone.getAttribute('href')).toBe('tel:0391234567');
  const kept = within(alert.parentElement!).getByRole('definition', {
    name: (_, element) => element.previousElementSibling?.textContent === 'Email address',
  });
  expect(kept.textContent).toBe('aroha@example.org');
  expect((screen.getByLabelText('Given name') as HTMLInputElement).value).toBe('Aroha');
});

test('a 422 from the service shows its errors on the questions, in the same summary, keeping every answer', async () => {
  const errors = [
    { field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' },
    { field: 'organisation', code: 'REQUIRED_FIELD_EMPTY', message: 'is required' },
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => json({ errors }, 422)),
  );
  render(<EoiForm {...props} />);
  fillEverything();
  send();
  const link = await screen.findByRole('link', {
    name: 'Enter an email address in the correct format, like name@example.com',
  });
  expect(link.getAttribute('href')).toBe('#eoi-email');
  const summary = screen.getByRole('alert');
  await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
  expect(
    within(summary)
      .getByRole('link', { name: 'Enter the name of your organisation' })
      .getAttribute('href'),
  ).toBe('#eoi-organisation');
  expect((screen.getByLabelText('Given name') as HTMLInputElement).value).toBe('Aroha');
  expect((screen.getByLabelText('Regional Victoria') as HTMLInputElement).checked).toBe(true);
});

test('a draft is kept in sessionStorage as they type and comes back after a reload', async () => {
  const first = render(<EoiForm {...props} />);
  type('Given name', 'Aroha');
  choose('Mid to senior community of practice');
  choose('Outside Victoria');
  await waitFor(() => expect(sessionStorage.getItem(DRAFT_KEY)).toContain('Aroha'));
  expect(localStorage.length).toBe(0);
  first.unmount();
  render(<EoiForm {...props} />);
  await waitFor(() =>
    expect((screen.getByLabelText('Given name') as HTMLInputElement).value).toBe('Aroha'),
  );
  expect((screen.getByLabelText('Outside Victoria') as HTMLInputElement).checked).toBe(true);
  const cop = screen.getByLabelText('Mid to senior community of practice') as HTMLInputElement;
  expect(cop.checked).toBe(true);
});

test('?cop= in the address ticks that community of practice', async () => {
  history.replaceState(null, '', '/apply/?cop=mid-to-senior');
  render(<EoiForm {...props} />);
  await waitFor(() =>
    expect(
      (screen.getByLabelText('Mid to senior community of practice') as HTMLInputElement).checked,
    ).toBe(true),
  );
  expect((screen.getByLabelText(/Resistance/) as HTMLInputElement).checked).toBe(false);
});

test('a CoP handed to the form (its page, /apply/<id>/) is ticked beside those of a draft', async () => {
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ values: { cops: ['resistance'] } }));
  render(<EoiForm {...props} cop="mid-to-senior" />);
  const ticked = (label: string | RegExp) =>
    (screen.getByLabelText(label) as HTMLInputElement).checked;
  await waitFor(() => expect(ticked(/Resistance/)).toBe(true));
  expect(ticked('Mid to senior community of practice')).toBe(true);
});

test('"Outside Victoria" carries the note that the CoPs are for Victorian-based practitioners', () => {
  render(<EoiForm {...props} />);
  const outside = screen.getByLabelText('Outside Victoria');
  const note = document.getElementById(outside.getAttribute('aria-describedby') ?? '');
  expect(note?.textContent).toContain('for Victorian-based practitioners');
  expect(note?.textContent).toContain('You can still send your expression of interest');
});

test('every id on the form is unique, so each label, hint and error points at one thing', () => {
  render(<EoiForm {...props} />);
  const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
  expect(ids.length).toBeGreaterThan(30);
  expect(new Set(ids).size).toBe(ids.length);
});

test('with no intake open, it asks no intake question, records "future" and says staff will write when one opens', async () => {
  // A draft from while an intake was open must not bring that intake back.
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ values: { intake: 'second' } }));
  const future = { ...props, form: futureForm };
  const { container } = render(<EoiForm {...future} />);
  expect(screen.queryByRole('group', { name: /Which intake/ })).toBeNull();
  expect(container.querySelector<HTMLInputElement>('input[name="intake"]')?.value).toBe('future');
  expect(container.querySelector<HTMLInputElement>('input[name="_subject"]')?.value).toBe(
    'Interest in future communities of practice',
  );
  const { confirmation, sent } = await sendAccepted();
  expect(sent.intake).toBe('future');
  expect(sent._subject).toMatch(/^Interest in future communities of practice from Aroha Ngata:/);
  expect(confirmation?.textContent).toContain(
    'will contact you by email at aroha@example.org when the next intake opens',
  );
  expect(screen.getByText('Future communities of practice', { selector: 'dd' })).toBeTruthy();
});

test('the staff’s own questions are asked in the form’s loop, sent under their ids and read back in the confirmation', async () => {
  render(<EoiForm {...props} organisation="Northern Prevention Network" />);
  const group = screen.getByRole('group', { name: /Does your manager support you/ });
  expect(within(group).getByText(/an hour a fortnight/)).toBeTruthy();
  const { confirmation, sent } = await sendAccepted();
  expect(sent['manager-support']).toBe('yes');
  expect(sent['proud-project']).toBe('Three schools, one year.');
  expect(screen.getByText('Yes, they support it', { selector: 'dd' })).toBeTruthy();
  expect(screen.getByText('Three schools, one year.', { selector: 'dd' })).toBeTruthy();
  expect(confirmation?.textContent).toContain('Northern Prevention Network’s programme staff');
});
