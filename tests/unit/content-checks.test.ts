import { describe, expect, it } from 'vitest';
import { checkContent, type ContentToCheck } from '../../src/lib/content/cross-file-checks.ts';

const now = new Date('2026-11-25T01:00:00Z');

const programme = (
  id: string,
  extra: Partial<ContentToCheck['programmes'][number]['data']> = {},
) => ({
  id,
  file: `content/programme/${id}.yaml`,
  data: {
    runs: { from: '2026-08', to: '2027-05' },
    intakes: [{ id: 'first', sessions: { from: '2026-08', to: '2026-11' } }],
    ...extra,
  },
});
const cop = (id: string, order: number, draft = false) => ({
  id,
  file: `content/cops/${id}.mdx`,
  data: { order, draft },
});
const reflection = (id: string, copId?: string) => ({
  id,
  file: `content/reflections/${id}.yaml`,
  data: { cop: copId },
});

const good: ContentToCheck = {
  programmes: [programme('2026-27')],
  cops: [cop('mid-to-senior', 1), cop('resistance', 2)],
  reflections: [reflection('2023-06-safe-space', 'mid-to-senior'), reflection('2022-06-best')],
};

describe('checks across content files', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(checkContent(good, now)).toEqual({ errors: [], warnings: [] });
  });

  it('names a reflection whose CoP does not exist, and lists the CoPs it could mean', () => {
    const content = { ...good, reflections: [reflection('2023-09-leaders', 'mid-senior')] };
    expect(checkContent(content, now).errors).toEqual([
      'content/reflections/2023-09-leaders.yaml: field "cop" is "mid-senior", but there is no content/cops/mid-senior.mdx; expected the file name of a CoP without ".mdx": one of "mid-to-senior", "resistance", or leave "cop" out.',
    ]);
  });

  it('names both CoPs that share an order, and suggests a free one', () => {
    const content = { ...good, cops: [...good.cops, cop('new-cop', 2)] };
    const [error, ...others] = checkContent(content, now).errors;
    expect(others).toEqual([]);
    expect(error).toContain('content/cops/resistance.mdx: field "order" is 2');
    expect(error).toContain('the same as content/cops/new-cop.mdx');
    expect(error).toContain('expected a number no other CoP uses, like 3.');
  });

  it('names a CoP marked in an intake that has no file, and warns of a mark on a draft CoP', () => {
    const marked = programme('2026-27', {
      intakes: [
        {
          id: 'first',
          sessions: { from: '2026-08', to: '2026-11' },
          cops: [
            { cop: 'resistance', status: 'waitlist' },
            { cop: 'mid-senior', status: 'closed' },
            { cop: 'new-cop', status: 'closed' },
          ],
        },
      ],
    });
    const content = {
      ...good,
      programmes: [marked],
      cops: [...good.cops, cop('new-cop', 3, true)],
    };
    expect(checkContent(content, now)).toEqual({
      errors: [
        'content/programme/2026-27.yaml: field "intakes[1].cops[2].cop" is "mid-senior", but there is no content/cops/mid-senior.mdx; expected the file name of a CoP without ".mdx": one of "mid-to-senior", "new-cop", "resistance", or remove this CoP from the intake\'s "cops".',
      ],
      warnings: [
        'content/programme/2026-27.yaml: field "intakes[1].cops[3].cop" is "new-cop", a draft (content/cops/new-cop.mdx): the site does not show it, so its mark for intake "first" shows only once it is published.',
      ],
    });
  });

  it('says where a programme file goes when there is none', () => {
    const [error] = checkContent({ ...good, programmes: [] }, now).errors;
    expect(error).toMatch(/^content\/programme\/: there is no programme file;/);
    expect(error).toContain('like content/programme/2025-26.yaml');
  });

  it('allows only one programme marked current', () => {
    const content = {
      ...good,
      programmes: [
        programme('2025-26', { current: true }),
        programme('2026-27', { current: true }),
      ],
    };
    expect(checkContent(content, now).errors).toEqual([
      'content/programme/2026-27.yaml: field "current" is true, as it is in content/programme/2025-26.yaml; expected only one programme marked current: remove "current: true" from the one the site should not show.',
    ]);
  });
});

describe('warnings when a status the editor set is overtaken by the calendar', () => {
  const ended = {
    id: 'second',
    status: 'open' as const,
    sessions: { from: '2025-02', to: '2025-05' },
  };

  it('warns, naming the file, when an intake marked open has finished its sessions', () => {
    const content = {
      ...good,
      programmes: [
        programme('2024-25', { runs: { from: '2024-08', to: '2025-05' }, intakes: [ended] }),
      ],
    };
    const { errors, warnings } = checkContent(content, now);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'content/programme/2024-25.yaml: intake "second" has "status: open", but its sessions ended in May 2025 (sessions February to May 2025). The site shows it as "Finished", not "Expressions of interest open": remove "status" or change it to closed.',
    ]);
  });

  it('says "began", and that the site still shows the status, while the sessions run', () => {
    const running = {
      ...ended,
      status: 'waitlist' as const,
      sessions: { from: '2026-10', to: '2027-02' },
    };
    const content = { ...good, programmes: [programme('2026-27', { intakes: [running] })] };
    expect(checkContent(content, now).warnings[0]).toContain(
      'has "status: waitlist", but its sessions began in October 2026 (sessions October 2026 to February 2027). The site shows "Waitlist open" until you change "status" to closed or remove it.',
    );
  });

  it('does not warn about closed intakes, dates-only intakes, or programmes the site does not show', () => {
    const closedEarly = { ...ended, status: 'closed' as const };
    const datesOnly = { id: 'third', sessions: ended.sessions };
    const old = programme('2024-25', {
      runs: { from: '2024-08', to: '2025-05' },
      intakes: [ended],
    });
    const shown = programme('2026-27', { intakes: [closedEarly, datesOnly] });
    expect(checkContent({ ...good, programmes: [old, shown] }, now).warnings).toEqual([]);
  });
});
