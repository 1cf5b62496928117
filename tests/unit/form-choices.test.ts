import { describe, expect, it } from 'vitest';
import { formChoices } from '../../src/lib/eoi/form-choices.ts';

const cops = [
  { id: 'resistance', title: 'Resistance CoP', careerStage: 'any', setting: 'any' },
  { id: 'schools', title: 'Schools CoP', careerStage: 'emerging', setting: 'schools' },
] as const;
const intake = (id: string, computedStatus: 'open' | 'waitlist' | 'closed' | 'opening-soon') => ({
  id,
  name: `${id} intake`,
  sessions: { from: '2027-02', to: '2027-05' },
  computedStatus,
});

describe("the form's choices from the CoPs and the programme", () => {
  it('offers every CoP in the order given, with who and where it is for', () => {
    const { cops: choices } = formChoices(cops, { eligibility: 'anyone', intakes: [] });
    expect(choices).toEqual([
      { value: 'resistance', label: 'Resistance CoP', hint: 'Any career stage · All settings' },
      { value: 'schools', label: 'Schools CoP', hint: 'Emerging practitioners · Schools' },
    ]);
  });

  it('offers only the intakes taking expressions of interest, with their months and status', () => {
    const programme = {
      eligibility: 'Victorian-based practitioners',
      intakes: [intake('first', 'closed'), intake('second', 'waitlist'), intake('third', 'open')],
    };
    const choices = formChoices(cops, programme);
    expect(choices.intakes).toEqual([
      {
        value: 'second',
        label: 'second intake',
        hint: 'Sessions February to May 2027. Waitlist open.',
      },
      {
        value: 'third',
        label: 'third intake',
        hint: 'Sessions February to May 2027. Expressions of interest open.',
      },
    ]);
    expect(choices.eligibility).toBe('Victorian-based practitioners');
  });

  it('offers no intake while none takes interest: the form then registers future interest', () => {
    const programme = { eligibility: 'x', intakes: [intake('first', 'opening-soon')] };
    expect(formChoices(cops, programme).intakes).toEqual([]);
  });
});
