/** The options the EOI form offers, from the content: for /apply/ and /apply/options.json. */
import { describeCareerStage, describeSetting } from '../lib/cop-groups';
import { formatDateRange } from '../lib/dates';
import { acceptsInterest, STATUS_LABELS } from '../lib/intake-status';
import { eoiOptions, type EoiOptions } from '../lib/eoi/schema';
import { getCops, getProgramme } from './content';

/**
 * Every CoP, and the intakes taking expressions of interest, with the form's fixed lists.
 * With none taking them (no intakes), the form registers interest in future CoPs instead.
 */
export async function getEoiOptions(): Promise<EoiOptions> {
  const programme = await getProgramme();
  const cops = (await getCops()).map((cop) => ({
    value: cop.id,
    label: cop.data.title,
    hint: `${describeCareerStage(cop.data.careerStage)} · ${describeSetting(cop.data.setting)}`,
  }));
  const intakes = programme.intakes
    .filter((intake) => acceptsInterest(intake.computedStatus))
    .map((intake) => ({
      value: intake.id,
      label: intake.name,
      hint: `Sessions ${formatDateRange(intake.sessions.from, intake.sessions.to)}. ${STATUS_LABELS[intake.computedStatus]}.`,
    }));
  return eoiOptions(cops, intakes);
}
