/** Words for the CoP grouping enums, and the grouping itself. */
import type { Cop } from '../schemas/cop';

type CareerStage = Cop['careerStage'];
type Setting = Cop['setting'];

const CAREER_STAGES: Record<CareerStage, string> = {
  emerging: 'Emerging practitioners',
  'mid-to-senior': 'Mid to senior practitioners',
  any: 'Any career stage',
};

const SETTINGS: Record<Setting, string> = {
  any: 'All settings',
  schools: 'Schools',
  'workforce-development': 'Workforce development',
};

export const describeCareerStage = (stage: CareerStage) => CAREER_STAGES[stage];
export const describeSetting = (setting: Setting) => SETTINGS[setting];

/** Group items by a key, keeping the order of `keys` and leaving out empty groups. */
export function groupBy<T, K extends string>(
  items: readonly T[],
  keys: readonly K[],
  keyOf: (item: T) => K,
) {
  return keys
    .map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
    .filter((group) => group.items.length > 0);
}
