/** The applicant's answers as they read them on the confirmation: labels, not codes. */
import { copNames } from './payload.ts';
import {
  EOI_LABELS,
  intakeChoices,
  type Choice,
  type EoiField,
  type EoiOptions,
  type EoiSubmission,
} from './schema.ts';

export interface Answer {
  label: string;
  value: string;
}

const labelOf = (choices: readonly Choice[], value: string) =>
  choices.find((choice) => choice.value === value)?.label ?? value;

/** Every answer they gave, in the form's order; questions left blank are left out. */
export function describeAnswers(submission: EoiSubmission, options: EoiOptions): Answer[] {
  const { workSetting, workSettingOther } = submission;
  const answers: [EoiField, string][] = [
    ['cops', copNames(submission.cops, options.cops)],
    ['intake', labelOf(intakeChoices(options), submission.intake)],
    ['givenName', submission.givenName],
    ['familyName', submission.familyName],
    ['email', submission.email],
    ['phone', submission.phone],
    ['organisation', submission.organisation],
    ['role', submission.role],
    [
      'workSetting',
      workSetting === 'other' ? workSettingOther : labelOf(options.workSettings, workSetting),
    ],
    ['location', labelOf(options.locations, submission.location)],
    ['experience', labelOf(options.experience, submission.experience)],
    ['hopes', submission.hopes],
    ['accessNeeds', submission.accessNeeds],
    ['faceToFace', submission.faceToFace && labelOf(options.faceToFace, submission.faceToFace)],
  ];
  return answers.flatMap(([field, value]) => (value ? [{ label: EOI_LABELS[field], value }] : []));
}
