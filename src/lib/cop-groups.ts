/** The CoPs' groupings (career stage, setting), their words, and the grouping itself. */

/** Career stages, used to group CoPs: who the CoP is pitched at. */
export const careerStages = ['emerging', 'mid-to-senior', 'any'] as const;
/** Work settings, used to group CoPs: where its practitioners work. */
export const settings = ['any', 'schools', 'workforce-development'] as const;

type CareerStage = (typeof careerStages)[number];
type Setting = (typeof settings)[number];

/** The words for each career stage, on the site and in the browser editor. */
export const CAREER_STAGE_LABELS: Record<CareerStage, string> = {
  emerging: 'Emerging practitioners',
  'mid-to-senior': 'Mid to senior practitioners',
  any: 'Any career stage',
};

/** The words for each setting, on the site and in the browser editor. */
export const SETTING_LABELS: Record<Setting, string> = {
  any: 'All settings',
  schools: 'Schools',
  'workforce-development': 'Workforce development',
};

export const describeCareerStage = (stage: CareerStage) => CAREER_STAGE_LABELS[stage];
export const describeSetting = (setting: Setting) => SETTING_LABELS[setting];

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
