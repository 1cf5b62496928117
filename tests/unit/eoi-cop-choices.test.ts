import { describe, expect, test } from 'vitest';
import { copChoices, WAITLIST_ONLY } from '../../src/lib/eoi/cop-choices.ts';

const COPS = [
  { id: 'emerging', title: 'Emerging Practitioners CoP', hint: 'Emerging · Any setting' },
  { id: 'senior', title: 'Mid to senior CoP' },
  { id: 'schools', title: 'Respectful Relationships CoP' },
];

describe("the form's CoP choices follow each CoP's availability in the intakes on offer", () => {
  test('with one intake: a waitlist-only CoP says so in its name, a full one cannot be chosen and says why', () => {
    const choices = copChoices(COPS, [
      {
        name: 'First intake',
        copStatuses: { emerging: 'waitlist', senior: 'closed', schools: 'open' },
      },
    ]);
    expect(choices).toEqual([
      {
        value: 'emerging',
        label: `Emerging Practitioners CoP ${WAITLIST_ONLY}`,
        hint: 'Emerging · Any setting',
        unavailable: undefined,
      },
      {
        value: 'senior',
        label: 'Mid to senior CoP',
        hint: undefined,
        unavailable: 'Full: no new expressions of interest for the First intake.',
      },
      {
        value: 'schools',
        label: 'Respectful Relationships CoP',
        hint: undefined,
        unavailable: undefined,
      },
    ]);
    expect(choices[0]?.label).toBe('Emerging Practitioners CoP (waitlist only)');
  });

  test('in a waitlist intake every CoP with room takes a waitlist only', () => {
    const [emerging] = copChoices(COPS, [
      { name: 'First intake', copStatuses: { emerging: 'waitlist', senior: 'waitlist' } },
    ]);
    expect(emerging?.label).toBe('Emerging Practitioners CoP (waitlist only)');
  });

  test('with two intakes, a CoP is offered by its most room, and its hint names the intake with less', () => {
    const [emerging, senior, schools] = copChoices(COPS, [
      {
        name: 'First intake',
        copStatuses: { emerging: 'closed', senior: 'closed', schools: 'open' },
      },
      {
        name: 'Second intake',
        copStatuses: { emerging: 'waitlist', senior: 'closed', schools: 'open' },
      },
    ]);
    expect(emerging).toMatchObject({
      label: 'Emerging Practitioners CoP (waitlist only)',
      hint: 'Full for the First intake. Emerging · Any setting',
      unavailable: undefined,
    });
    expect(senior?.unavailable).toBe(
      'Full: no new expressions of interest for the First intake or the Second intake.',
    );
    expect(schools).toMatchObject({ label: 'Respectful Relationships CoP', hint: undefined });
  });

  test('with no intake on offer (interest in future CoPs), every CoP can be chosen as it is', () => {
    expect(copChoices(COPS, []).map(({ label, unavailable }) => [label, unavailable])).toEqual(
      COPS.map(({ title }) => [title, undefined]),
    );
  });
});
