import { describe, expect, test } from 'vitest';
import {
  careerStages,
  describeCareerStage,
  describeSetting,
  groupBy,
  settings,
} from '../../src/lib/cop-groups.ts';

describe('grouping CoPs', () => {
  const cops = [
    { id: 'a', stage: 'any' },
    { id: 'b', stage: 'emerging' },
    { id: 'c', stage: 'any' },
  ] as const;

  test('groups follow the order of the keys, items keep their order, empty groups are left out', () => {
    const groups = groupBy(cops, careerStages, (cop) => cop.stage);
    expect(groups.map((group) => [group.key, group.items.map((cop) => cop.id)])).toEqual([
      ['emerging', ['b']],
      ['any', ['a', 'c']],
    ]);
  });

  test('no items, no groups', () => {
    expect(groupBy([], settings, () => 'any')).toEqual([]);
  });
});

describe('group names people read', () => {
  test.each([
    ['career stage', careerStages, describeCareerStage],
    ['setting', settings, describeSetting],
  ] as const)('every %s has its own name', (_, values, describe) => {
    const names = values.map((value) => (describe as (value: string) => string)(value));
    expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(values.length);
  });
});
