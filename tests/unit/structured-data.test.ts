import { describe, expect, it } from 'vitest';
import { courseJsonLd, serializeJsonLd, type CourseFacts } from '../../src/lib/structured-data.ts';

const facts: CourseFacts = {
  cop: {
    id: 'workforce-development',
    title: 'Workforce Development CoP',
    summary: 'For those who build the workforce.',
  },
  programme: {
    capacity: 25,
    cost: 'Free',
    eligibility: 'Victorian-based practitioners',
    intakes: [
      {
        name: 'First intake',
        sessions: { from: '2024-08', to: '2024-11' },
        computedStatus: 'open',
      },
      {
        name: 'Second intake',
        sessions: { from: '2025-02-03', to: '2025-05-26' },
        computedStatus: 'opening-soon',
      },
    ],
    funding: {
      funders: [
        { name: 'Department of Education', url: 'https://www.education.vic.gov.au/' },
        { name: 'Department of Families, Fairness and Housing' },
      ],
    },
  },
  organisation: 'Safe and Equal',
  pageUrl: 'https://cop.example.org.au/communities/workforce-development/',
  siteUrl: 'https://cop.example.org.au/',
};

const safeAndEqual = { '@type': 'Organization', name: 'Safe and Equal', url: facts.siteUrl };

describe('the structured data on a CoP page', () => {
  it('describes a free Course by Safe and Equal for Victorian practitioners', () => {
    const course = courseJsonLd(facts);
    expect(course).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Workforce Development CoP',
      description: 'For those who build the workforce.',
      url: facts.pageUrl,
      isAccessibleForFree: true,
      provider: safeAndEqual,
      audience: { '@type': 'Audience', audienceType: 'Victorian-based practitioners' },
      offers: { '@type': 'Offer', price: 0, category: 'Free' },
    });
  });

  it('has one online CourseInstance per intake, with its dates, capacity, organiser and funders', () => {
    const [first, second, ...others] = courseJsonLd(facts).hasCourseInstance ?? [];
    expect(others).toEqual([]);
    expect(first).toEqual({
      '@type': 'CourseInstance',
      name: 'Workforce Development CoP: First intake',
      courseMode: 'online',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      isAccessibleForFree: true,
      maximumAttendeeCapacity: 25,
      startDate: '2024-08',
      endDate: '2024-11',
      offers: {
        '@type': 'Offer',
        availability: 'https://schema.org/InStock',
        category: 'Free',
        price: 0,
        priceCurrency: 'AUD',
      },
      organizer: safeAndEqual,
      funder: [
        {
          '@type': 'Organization',
          name: 'Department of Education',
          url: 'https://www.education.vic.gov.au/',
        },
        { '@type': 'Organization', name: 'Department of Families, Fairness and Housing' },
      ],
    });
    expect(second).toMatchObject({ startDate: '2025-02-03', endDate: '2025-05-26' });
  });

  it('takes capacity from the programme file', () => {
    const smaller = { ...facts, programme: { ...facts.programme, capacity: 18 } };
    const instances = courseJsonLd(smaller).hasCourseInstance ?? [];
    expect(instances.map((instance) => instance.maximumAttendeeCapacity)).toEqual([18, 18]);
  });

  it('does not call a course free, or offer it at no price, when the programme charges', () => {
    const paid = { ...facts, programme: { ...facts.programme, cost: '$150 a place' } };
    const course = courseJsonLd(paid);
    expect(course.isAccessibleForFree).toBe(false);
    expect(course).not.toHaveProperty('offers');
    expect(course.hasCourseInstance?.every((instance) => !instance.isAccessibleForFree)).toBe(true);
  });

  it("says whether this CoP takes expressions of interest in each intake: its own status, not the intake's", () => {
    const availability = (
      first: Record<string, 'waitlist' | 'closed'>,
      opens?: string,
    ): unknown[] => {
      const [one, two] = facts.programme.intakes;
      const intakes = [
        { ...one!, copStatuses: { 'workforce-development': 'open' as const, ...first } },
        { ...two!, applications: { opens } },
      ];
      const course = courseJsonLd({ ...facts, programme: { ...facts.programme, intakes } });
      return (course.hasCourseInstance ?? []).map((instance) => instance.offers);
    };
    const free = { category: 'Free', price: 0, priceCurrency: 'AUD' };
    expect(availability({ 'workforce-development': 'waitlist' }, '2024-12-02')).toEqual([
      { '@type': 'Offer', availability: 'https://schema.org/LimitedAvailability', ...free },
      { '@type': 'Offer', availabilityStarts: '2024-12-02', ...free },
    ]);
    expect(availability({ 'workforce-development': 'closed', other: 'waitlist' })).toEqual([
      { '@type': 'Offer', availability: 'https://schema.org/SoldOut', ...free },
      undefined,
    ]);
  });

  it('does not offer a finished intake as an instance, and none at all once every one has finished', () => {
    const finish = (names: string[]) => ({
      ...facts,
      programme: {
        ...facts.programme,
        intakes: facts.programme.intakes.map((intake) =>
          names.includes(intake.name) ? { ...intake, computedStatus: 'finished' as const } : intake,
        ),
      },
    });
    const names = (course: ReturnType<typeof courseJsonLd>) =>
      course.hasCourseInstance?.map((instance) => instance.name);
    expect(names(courseJsonLd(finish(['First intake'])))).toEqual([
      'Workforce Development CoP: Second intake',
    ]);
    expect(courseJsonLd(finish(['First intake', 'Second intake']))).not.toHaveProperty(
      'hasCourseInstance',
    );
  });
});

describe('an instance whose session days and times are known', () => {
  const weekly = ['2025-02-12', '2025-02-19', '2025-02-26', '2025-03-05'].map((date) => ({
    date,
    starts: '10:00',
    ends: '12:00',
  }));
  const scheduled = (schedule: typeof weekly) => ({
    ...facts,
    programme: {
      ...facts.programme,
      intakes: [{ ...facts.programme.intakes[1]!, schedule }],
    },
  });

  it('carries its first and last day, its pace and its total time, as Google describes', () => {
    const [instance] = courseJsonLd(scheduled(weekly)).hasCourseInstance ?? [];
    expect(instance).toMatchObject({
      startDate: '2025-02-12',
      endDate: '2025-03-05',
      courseWorkload: 'PT8H',
      courseSchedule: {
        '@type': 'Schedule',
        repeatCount: 4,
        repeatFrequency: 'Weekly',
        duration: 'PT2H',
        startDate: '2025-02-12',
        endDate: '2025-03-05',
        scheduleTimezone: 'Australia/Melbourne',
      },
    });
  });

  it('claims no rhythm or length that the sessions do not keep', () => {
    const uneven = [
      { date: '2025-02-12', starts: '10:00', ends: '12:00' },
      { date: '2025-02-26', starts: '10:00', ends: '11:30' },
      { date: '2025-03-19', starts: '10:00', ends: '12:00' },
    ];
    const [instance] = courseJsonLd(scheduled(uneven)).hasCourseInstance ?? [];
    expect(instance?.courseSchedule).not.toHaveProperty('repeatFrequency');
    expect(instance?.courseSchedule).not.toHaveProperty('duration');
    expect(instance?.courseWorkload).toBe('PT5H30M');
  });
});

describe('JSON-LD inside a script element', () => {
  it('cannot be closed early by text in the content, and still parses to the same data', () => {
    const data = { name: 'A </script><script>alert(1)</script> & more\u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
